"""The HTML report: one self-contained page (inline CSS and script, no network) per run.

The page carries its own Content-Security-Policy: scripts and styles run only if their
hashes match the ones shipped here, so even text that slipped past escaping could not
execute. The web app sends the same policy as a header (`report_csp`).
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from cronica import __version__
from cronica.export import register_exporter
from cronica.model import Analysis
from cronica.report.i18n import language_for, translations
from cronica.report.safety import visible_label
from cronica.report.view import UNCHECKED, VERDICT_ORDER, VERDICT_SYMBOLS, build_document_view, json_for_script

TEMPLATES = resources.files("cronica.export") / "templates"


@lru_cache(maxsize=1)
def environment() -> Environment:
    """Jinja with autoescape on for every template: user text is escaped unless marked safe here."""
    return Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@cache
def asset(name: str) -> str:
    return (TEMPLATES / name).read_text(encoding="utf-8")


def csp_hash(content: str) -> str:
    digest = hashlib.sha256(content.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def report_csp() -> str:
    """The report's policy: nothing loads, only the shipped script and style run."""
    return (
        f"default-src 'none'; script-src {csp_hash(asset('report.js'))}; style-src {csp_hash(asset('report.css'))}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def render_report(analyses: Iterable[Analysis], *, back_url: str | None = None) -> str:
    """The report page for one or more analyses (one article each, in input order)."""
    analyses = list(analyses)
    tr = translations(language_for(analysis.document.lang for analysis in analyses))
    documents = [build_document_view(analysis, index, tr) for index, analysis in enumerate(analyses)]
    if len(documents) == 1:
        page_title = f"{documents[0].title} · cronica"
    else:
        page_title = f"{tr('documents_count', n=len(documents))} · cronica"
    return (
        environment()
        .get_template("report.html.j2")
        .render(
            documents=documents,
            page_title=visible_label(page_title, 120),
            page_lang=tr.lang,
            version=__version__,
            csp=report_csp(),
            css=Markup(asset("report.css")),
            js=Markup(asset("report.js")),
            back_url=back_url,
            verdict_order=(*VERDICT_ORDER, UNCHECKED),
            symbols=VERDICT_SYMBOLS,
            tr=tr,
            words=tr.words,
            script_words=json_for_script(tr.for_script()),
        )
    )


@register_exporter("html", suffix=".html", description="a self-contained HTML report: timeline, text, claims")
def render_html(analyses: Iterable[Analysis]) -> str:
    return render_report(analyses)
