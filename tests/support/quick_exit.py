"""The quick exit ("Snel weg") as the tests find it: its button, and the neutral site it leaves for."""

from model import Settings

BUTTON = "#snel-weg"


def neutral_site() -> str:
    return Settings.DEFAULT_SNEL_WEG_URL
