from django import template

from ..contact_links import link_contacts, mailto_href, tel_href

register = template.Library()
register.filter("tel_href", tel_href)
register.filter("mailto_href", mailto_href)
register.filter("contact_links", link_contacts, is_safe=True)
