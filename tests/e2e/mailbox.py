"""An SMTP server on loopback that keeps what the application sends, so a journey can open the
link in a verification e-mail as a resident opens it in their inbox."""

import email
import email.policy
import logging
import re
import threading
import time
from email.message import EmailMessage

from aiosmtpd.controller import Controller

logging.getLogger("mail.log").setLevel(logging.WARNING)


class Mailbox:
    def __init__(self):
        self._messages: list[EmailMessage] = []
        self._lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self._lock:
            self._messages.append(message)
        return "250 OK"

    def wait_for(self, to: str, timeout: float = 20) -> EmailMessage:
        """The newest message to `to`, waiting for it to arrive."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                for message in reversed(self._messages):
                    if to in message["To"]:
                        return message
            time.sleep(0.2)
        raise AssertionError(f"No e-mail to {to} within {timeout} s")

    def link_in(self, to: str, path_part: str) -> str:
        body = self.wait_for(to).get_body(preferencelist=("plain",)).get_content()
        for url in re.findall(r"https?://\S+", body):
            if path_part in url:
                return url
        raise AssertionError(f"No link containing {path_part!r} in the e-mail to {to}:\n{body}")


def start_mailbox(port: int) -> tuple[Mailbox, Controller]:
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    return mailbox, controller
