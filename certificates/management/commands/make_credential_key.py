import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from django.core.management.base import BaseCommand, CommandError

from certificates.open_badges import keys


class Command(BaseCommand):
    help = (
        "Make a new Ed25519 key to sign certificates' Open Badges credentials, in a file only its "
        "owner can read (docs/open-badges.md). Point CREDENTIAL_SIGNING_KEY_FILE at it."
    )

    def add_arguments(self, parser):
        parser.add_argument("output", help="the new key's file, outside the repository")
        parser.add_argument(
            "--if-missing", action="store_true", help="do nothing when the file exists"
        )

    def handle(self, *args, output, if_missing, **options):
        path = Path(output)
        if path.exists():
            if if_missing:
                return
            raise CommandError(f"{path} exists: a signing key is never overwritten.")
        pem = keys.new_private_key_pem()
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(pem)
        private = serialization.load_pem_private_key(pem, password=None)
        self.stdout.write(f"Wrote {path}. Its public key: {keys.public_multikey(private)}")
