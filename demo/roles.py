"""The names of the role groups that migrations create and grant permissions to. Only the demo
(and the tests) put accounts into them; the site itself asks for permissions, never for a
group."""

FACILITATOR = "facilitator"
COORDINATOR = "coordinator"
OFFICIAL = "official"
STAFF_ROLES = (FACILITATOR, COORDINATOR, OFFICIAL)
