"""Appositives naming a relative (#13), object side: "arrestó a su esposa, Polina
Zhemchúzhina", "Stalin had his wife, Polina, arrested": the participant is the named relative,
with the kinship noun's relation and possessor; never the possessor."""

from __future__ import annotations

import pytest

from .conftest import only, resolved


@pytest.mark.parametrize(
    ("analyzer", "text", "type_name", "relative", "kin"),
    [
        ("analyze_es", "Viacheslav Mólotov siguió en el Politburó. En 1949 la policía arrestó a su esposa, "
         "Polina Zhemchúzhina.", "ARREST", "Polina Zhemchúzhina", "wife"),
        ("analyze_es", "León Trotski vivía en México. En 1938 la policía detuvo en Moscú a su hijo, Serguéi Sedov.",
         "ARREST", "Serguéi Sedov", "son"),
        ("analyze_en", "Vyacheslav Molotov remained loyal. In 1949 Stalin had his wife, Polina Zhemchuzhina, arrested.",
         "ARREST", "Polina Zhemchuzhina", "wife"),
        ("analyze_en", "Leon Trotsky lived in Norway. In 1935 the police arrested his son, Sergei Sedov.", "ARREST",
         "Sergei Sedov", "son"),
    ],
)  # fmt: skip
def test_an_object_appositive_names_the_relative(request, analyzer, text, type_name, relative, kin):
    year = next(word.strip(",.") for word in text.split() if word.strip(",.").isdigit())
    analysis = request.getfixturevalue(analyzer)(text, {year: year})
    event = only(analysis, type_name)
    assert resolved(analysis, event, "patient") == [relative]
    (patient,) = [p for p in event.participants if p.role == "patient"]
    assert patient.kin == kin and patient.kin_of is not None
    assert patient.kin_of != patient.entity


@pytest.mark.parametrize(
    ("analyzer", "text", "type_name", "name"),
    [
        ("analyze_es", "Iósif Stalin desterró a su antiguo aliado, León Trotski, a Alma-Ata.", "EXILE", "León Trotski"),
        ("analyze_es", "En el exilio, Vladímir Lenin se casó con su compañera, Nadezhda Krúpskaya.", "MARRIAGE",
         "Nadezhda Krúpskaya"),
        ("analyze_en", "Joseph Stalin exiled his former ally, Leon Trotsky, to Alma-Ata.", "EXILE", "Leon Trotsky"),
    ],
)  # fmt: skip
def test_an_appositive_name_beside_any_common_noun_is_the_participant(request, analyzer, text, type_name, name):
    analysis = request.getfixturevalue(analyzer)(text)
    event = only(analysis, type_name)
    role_name = "counterpart" if type_name == "MARRIAGE" else "patient"
    assert resolved(analysis, event, role_name) == [name]
