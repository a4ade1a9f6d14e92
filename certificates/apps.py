from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")

    def ready(self):
        # Imported here, as in every AppConfig.ready(): models are not loaded when apps.py is.
        from cms import personal_data, recovery

        from . import recovery as certificates_recovery
        from . import services, signals  # noqa: F401

        personal_data.register(
            personal_data.Source(
                name="certificates",
                records=lambda user: {"certificates": services.records_of(user)},
                erase=services.forget_recipient,
                template="certificates/my_data.html",
            )
        )
        recovery.register("certificate files", certificates_recovery.render_missing)
        recovery.register("certificate credentials", certificates_recovery.sign_missing)
