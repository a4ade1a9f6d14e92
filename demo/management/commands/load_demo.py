from django.core.management.base import BaseCommand

from demo.site import load_demo


class Command(BaseCommand):
    help = "Load the demo site and demo accounts. Safe to run again: nothing is duplicated."

    def handle(self, *args, **options):
        result = load_demo()
        self.stdout.write(
            self.style.SUCCESS(
                "Demo site created." if result.created_site else "Demo site already loaded."
            )
        )
        self.stdout.write("Sign in (the admin is at /admin/) with:")
        for email in result.accounts:
            self.stdout.write(f"  {email}")
        self.stdout.write(f"Password for every demo account: {result.password}")
