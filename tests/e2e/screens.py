"""The two screens the journeys use: a small phone and a desktop."""

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}
