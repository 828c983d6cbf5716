"""The source checker goes red, naming the role and the tip, when the site and the source part ways."""

import shutil
from pathlib import Path

from site_content import compare, site_roles
from source_text import SOURCE_PATH, parse_source


def source_with(extra: str, after: str) -> list:
    text = SOURCE_PATH.read_text(encoding="utf-8").replace(after, after + extra, 1)
    return parse_source(text)[2]


def test_a_role_added_to_the_source_is_reported(site_dir: Path):
    roles = source_with("\n## Wijkagent\n\n- \\* Ken de buurt.\n", "hou ze goed op de hoogte.\n")
    problems = compare(roles, site_roles(site_dir))
    assert problems == ["role 'Wijkagent': no page with this h1 and its tips"]


def test_a_tip_added_to_the_source_is_reported(site_dir: Path):
    roles = source_with("\n- \\* Vraag na de les hoe het gaat.", "opgehaald?")
    problems = compare(roles, site_roles(site_dir))
    assert len(problems) == 1
    assert "'Docent'" in problems[0] and "'Vraag na de les hoe het gaat.'" in problems[0]


def test_a_tip_edited_on_a_page_is_reported(site_dir: Path, tmp_path: Path):
    copy = Path(shutil.copytree(site_dir, tmp_path / "site"))
    page = copy / "rollen" / "politie" / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("wees voorzichtig", "wees zuinig"), encoding="utf-8")
    problems = compare(parse_source(SOURCE_PATH.read_text(encoding="utf-8"))[2], site_roles(copy))
    assert len(problems) == 2
    assert all("'Politie'" in problem for problem in problems)
    assert "wees voorzichtig met details" in problems[0] and "missing" in problems[0]
    assert "wees zuinig met details" in problems[1]


def test_a_tip_moved_to_another_page_is_reported_with_where_it_went(site_dir: Path, tmp_path: Path):
    copy = Path(shutil.copytree(site_dir, tmp_path / "site"))
    docent_tip, jongerenwerker_tip = "Door wie worden leerlingen na school opgehaald?", "Wie hangt met wie rond?"
    for slug, old, new in [
        ("docent", docent_tip, jongerenwerker_tip),
        ("jongerenwerker", jongerenwerker_tip, docent_tip),
    ]:
        page = copy / "rollen" / slug / "index.html"
        page.write_text(page.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    problems = compare(parse_source(SOURCE_PATH.read_text(encoding="utf-8"))[2], site_roles(copy))
    assert any(
        "'Jongerenwerker'" in p and "'Wie hangt met wie rond?'" in p and "page of 'Docent'" in p for p in problems
    )
