"""An example of the organisation settings (ORG_* environment variables) for builds that set them."""

EXAMPLE_CONTACTS = {
    "ORG_AANDACHTSFUNCTIONARIS_NAAM": "Sanne de Vries",
    "ORG_AANDACHTSFUNCTIONARIS_TELEFOON": "030 - 123 45 67",
    "ORG_AANDACHTSFUNCTIONARIS_EMAIL": "aandachtsfunctionaris@voorbeeld.nl",
    "ORG_AANDACHTSFUNCTIONARIS_LINK": "https://intranet.voorbeeld.nl/meldcode",
    "ORG_ZORGCOORDINATOR_NAAM": "Ahmed Yilmaz",
    "ORG_ZORGCOORDINATOR_TELEFOON": "+31 (0)30 765 43 21",
}
