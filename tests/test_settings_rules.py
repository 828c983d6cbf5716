"""The settings' rules for addresses and mail, in-process against the model (`Settings.from_environment`),
and one real build that shows such a setting stops the build with its one line.

Each refused value is one a host could type by mistake or be talked into: user info that sends the quick
exit elsewhere, a host that does not read as where it goes, plain HTTP for the exit, the site itself as
the exit, and a mail address that a `mailto:` link reads as more than an address.
"""

from pathlib import Path

import pytest
from sitebuild import build

from model import InputError, Settings

SITE = "https://tips.example.nl/"
PERSON_EMAIL = "ORG_AANDACHTSFUNCTIONARIS_EMAIL"
HIDDEN_BCC = "x?bcc=spy%40evil.example&y@b.nl"

REFUSED = {
    "exit-user-info": (
        {"SNEL_WEG_URL": "https://www.buienradar.nl@evil.example/"},
        "SNEL_WEG_URL 'https://www.buienradar.nl@evil.example/': expected an address without a user name or "
        "password: the browser goes to 'evil.example'",
    ),
    "site-user-password": (
        {"SITE_URL": "https://user:password@tips.example.nl/"},
        "SITE_URL 'https://user:password@tips.example.nl/': expected an address without a user name or password",
    ),
    "link-user-info": (
        {"ORG_ZORGCOORDINATOR_LINK": "https://intranet.example.nl@evil.example/"},
        "ORG_ZORGCOORDINATOR_LINK 'https://intranet.example.nl@evil.example/': expected an address without",
    ),
    "exit-greek-homoglyph": (
        {"SNEL_WEG_URL": "https://www.buienr\u03b1dar.nl/"},
        "SNEL_WEG_URL 'https://www.buienr\u03b1dar.nl/': expected a host in Latin script, found '\u03b1' "
        "(GREEK SMALL LETTER ALPHA)",
    ),
    "site-cyrillic-homoglyph": (
        {"SITE_URL": "https://tips.ex\u0430mple.nl/"},
        "SITE_URL 'https://tips.ex\u0430mple.nl/': expected a host in Latin script, found '\u0430' "
        "(CYRILLIC SMALL LETTER A)",
    ),
    "exit-xn-form": (
        {"SNEL_WEG_URL": "https://xn--bcher-kva.nl/"},
        "SNEL_WEG_URL 'https://xn--bcher-kva.nl/': expected the host as visitors see it, not its xn-- form: "
        "write 'bücher.nl'",
    ),
    "site-xn-invalid": (
        {"SITE_URL": "https://xn--zz.example.nl/"},
        "SITE_URL 'https://xn--zz.example.nl/': expected a host name, 'xn--zz' is no valid xn-- label",
    ),
    "exit-not-idna": (
        {"SNEL_WEG_URL": "https://b\u00fccher\u2122.nl/"},
        "SNEL_WEG_URL 'https://b\u00fccher\u2122.nl/': expected a host name of letters, digits and hyphens",
    ),
    "exit-http": (
        {"SNEL_WEG_URL": "http://www.buienradar.nl/"},
        "SNEL_WEG_URL 'http://www.buienradar.nl/': expected an https:// address",
    ),
    "exit-site-trailing-dot": (
        {"SNEL_WEG_URL": "https://tips.example.nl./"},
        "SNEL_WEG_URL 'https://tips.example.nl./': expected the host 'tips.example.nl.' without its trailing dot",
    ),
    "exit-site-upper-case": (
        {"SNEL_WEG_URL": "https://TIPS.Example.NL/weg"},
        "SNEL_WEG_URL 'https://TIPS.Example.NL/weg': expected a site on another host than SITE_URL (tips.example.nl)",
    ),
    "exit-site-idn-upper-case": (
        {"SITE_URL": "https://bücher.example.nl/", "SNEL_WEG_URL": "https://BÜCHER.example.nl/"},
        "SNEL_WEG_URL 'https://BÜCHER.example.nl/': expected a site on another host than SITE_URL",
    ),
    "exit-site-idn-xn-form": (
        {"SITE_URL": "https://bücher.example.nl/", "SNEL_WEG_URL": "https://xn--bcher-kva.example.nl/"},
        "SNEL_WEG_URL 'https://xn--bcher-kva.example.nl/': expected the host as visitors see it, not its xn-- "
        "form: write 'bücher.example.nl'",
    ),
    "exit-ip-as-number": (
        {"SITE_URL": "http://127.0.0.1:8000/", "SNEL_WEG_URL": "https://2130706433/"},
        "SNEL_WEG_URL 'https://2130706433/': expected an IP address written as four numbers",
    ),
    "contact-hidden-bcc": (
        {"ORG_CONTACT": HIDDEN_BCC},
        f"ORG_CONTACT '{HIDDEN_BCC}': expected an e-mail address without % & ?: a mailto: link reads them as "
        "more fields, such as a hidden Bcc",
    ),
    "person-email-hidden-bcc": (
        {PERSON_EMAIL: HIDDEN_BCC},
        f"{PERSON_EMAIL} '{HIDDEN_BCC}': expected an e-mail address without % & ?",
    ),
    "person-email-fragment": (
        {"ORG_ZORGCOORDINATOR_EMAIL": "zorg#x@b.nl"},
        "ORG_ZORGCOORDINATOR_EMAIL 'zorg#x@b.nl': expected an e-mail address without #",
    ),
}

ACCEPTED = {
    "defaults": {},
    "idn-exit": {"SNEL_WEG_URL": "https://bücher.nl/"},
    "ip-site": {"SITE_URL": "http://127.0.0.1:8000/"},
    "ipv6-site": {"SITE_URL": "https://[::1]/mensenhandel/"},
    "plain-mail": {"ORG_CONTACT": "meldpunt+mensenhandel@gemeente.example.nl", PERSON_EMAIL: "j.de.vries@b.nl"},
}


@pytest.mark.parametrize(("environment", "message"), REFUSED.values(), ids=REFUSED)
def test_a_bad_address_or_mail_setting_is_refused_in_one_line(environment: dict[str, str], message: str):
    with pytest.raises(InputError) as refused:
        Settings.from_environment({"SITE_URL": SITE, **environment}, serve_url=None)
    assert str(refused.value).startswith(message)
    assert "\n" not in str(refused.value)


@pytest.mark.parametrize("environment", ACCEPTED.values(), ids=ACCEPTED)
def test_good_addresses_and_mail_settings_are_kept_as_written(environment: dict[str, str]):
    settings = Settings.from_environment({"SITE_URL": SITE, **environment}, serve_url=None)
    assert settings.site_url == environment.get("SITE_URL", SITE)
    assert settings.snel_weg_url == environment.get("SNEL_WEG_URL", Settings.DEFAULT_SNEL_WEG_URL)


def test_a_quick_exit_with_user_info_stops_the_real_build_with_its_one_line(tmp_path: Path):
    result = build(tmp_path / "site", env={"SITE_URL": SITE, "SNEL_WEG_URL": "https://www.buienradar.nl@evil.example/"})
    assert result.returncode != 0
    message, *_ = REFUSED["exit-user-info"][1:]
    errors = [line for line in result.stderr.splitlines() if "SNEL_WEG_URL" in line]
    assert len(errors) == 1 and message in errors[0], result.stderr
    assert not (tmp_path / "site" / "index.html").exists()
