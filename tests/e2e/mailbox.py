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

    def wait_for(self, to: str, timeout: float = 20, linking: str = "") -> EmailMessage:
        """The newest message to `to` (with a link containing `linking`), waiting for it."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                for message in reversed(self._messages):
                    if to in message["To"] and (not linking or links(message, linking)):
                        return message
            time.sleep(0.2)
        raise AssertionError(f"No e-mail to {to} linking to {linking!r} within {timeout} s")

    def link_in(self, to: str, path_part: str) -> str:
        """The link containing `path_part` in the newest e-mail to `to` that has one."""
        return links(self.wait_for(to, linking=path_part), path_part)[0]


def links(message: EmailMessage, path_part: str) -> list[str]:
    """Links in the plain-text part; the HTML part must have the same ones."""
    text = message.get_body(preferencelist=("plain",)).get_content()
    found = [url for url in re.findall(r"https?://\S+", text) if path_part in url]
    html = message.get_body(preferencelist=("html",))
    if found and html is not None:
        assert all(f'href="{url}"' in html.get_content() for url in found), found
    return found


def attachment(message: EmailMessage, content_type: str) -> str:
    [part] = [
        part for part in message.iter_attachments() if part.get_content_type() == content_type
    ]
    return part.get_content()


def start_mailbox(port: int) -> tuple[Mailbox, Controller]:
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    return mailbox, controller
