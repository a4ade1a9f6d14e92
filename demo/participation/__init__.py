"""A realistic, reproducible participation data set (residents, enrolments, lesson
completions, certificates, sessions, registrations, attendance, feedback) for benchmarking the
participation report. `manage.py generate_participation_data` runs it."""

from .generator import AlreadyGenerated, Sizes, generate
from .modules import NoCatalogue

__all__ = ["AlreadyGenerated", "NoCatalogue", "Sizes", "generate"]
