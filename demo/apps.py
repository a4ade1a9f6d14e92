from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo content and synthetic data for development and tests (`load_demo`,
    `generate_participation_data`). Only the dev and test settings install it."""

    name = "demo"
    verbose_name = "Demo"
