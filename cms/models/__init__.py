from .emails import SentEmail
from .guides import GuideBrochure, GuideIndexPage, GuidePage, ServiceArea
from .pages import HomePage, StandardPage
from .people import Profile, User, UserManager
from .site import KelurahanSettings

__all__ = [
    "GuideBrochure",
    "GuideIndexPage",
    "GuidePage",
    "HomePage",
    "KelurahanSettings",
    "Profile",
    "SentEmail",
    "ServiceArea",
    "StandardPage",
    "User",
    "UserManager",
]
