"""A page's URL routed in two queries whatever its depth. Wagtail's own routing asks the
database twice per segment of the URL (the child with that slug, then its specific row): seven
queries for a lesson. Here the pages along the path are read at once by their `url_path`, and
only the last one's specific row; a page whose type routes its own sub-URLs takes over with
Wagtail's routing from there."""

from django.http import Http404
from wagtail.models import Page
from wagtail.url_routing import RouteResult


def route_by_path(root: Page, request, path_components: list[str]) -> RouteResult:
    prefixes = [
        root.url_path + "".join(f"{component}/" for component in path_components[: end + 1])
        for end in range(len(path_components))
    ]
    found = {
        page.url_path: page
        for page in Page.objects.filter(
            path__startswith=root.path, depth__gt=root.depth, url_path__in=prefixes
        )
    }
    page = root
    for index, prefix in enumerate(prefixes):
        child = found.get(prefix)
        if child is None or child.depth != page.depth + 1:
            raise Http404
        child._cached_parent_obj = page
        page = child
        if _routes_itself(page):
            return page.specific.route(request, path_components[index + 1 :])
    page = page.specific
    if not page.live:
        raise Http404
    return RouteResult(page)


def _routes_itself(page: Page) -> bool:
    model = page.specific_class
    return model is not None and model.route is not Page.route
