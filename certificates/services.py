"""The certificates app's public API, called by `courses` when someone completes a module."""


def issue_for_completion(user, module) -> None:
    """Issue the certificate for a completed module. Until the certificates issue lands this
    records nothing: completion is already stored on the enrolment, so issuing can catch up."""
