"""The staff roles of DESIGN.md, as Django group names. Residents are every other signed-in
person and need no group."""

FACILITATOR = "facilitator"
COORDINATOR = "coordinator"
OFFICIAL = "official"
STAFF_ROLES = (FACILITATOR, COORDINATOR, OFFICIAL)
