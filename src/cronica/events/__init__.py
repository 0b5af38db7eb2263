"""Event frames: trigger, type, participants, time, place, modality."""
