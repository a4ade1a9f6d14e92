from django.conf import settings
from django.db import models


class SentEmail(models.Model):
    """One e-mail that was sent, by what it was about: a task run twice (a worker killed and the
    task queued again) finds its row and sends nothing (cms/emails.py)."""

    kind = models.CharField(max_length=40)
    #: What the e-mail was about, e.g. a registration's id; with the kind, unique per recipient.
    key = models.CharField(max_length=100)
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "key", "recipient"], name="email_sent_once")
        ]

    def __str__(self):
        return f"{self.kind} {self.key} → {self.recipient_id}"
