"""The offline copy's polyfills come from the site itself; a remote one that has no local copy fails the build."""

import pytest
from mkdocs.exceptions import PluginError
from sitebuild import PROJECT_ROOT

from material_internals import VENDORED_SHIM, local_polyfill


def test_the_remote_iframe_worker_shim_becomes_the_vendored_copy():
    assert local_polyfill("https://cdn.example/iframe-worker/shim") == VENDORED_SHIM
    assert (PROJECT_ROOT / "docs" / VENDORED_SHIM).is_file()


def test_a_local_polyfill_stays_as_it_is():
    assert local_polyfill("assets/javascripts/other.js") == "assets/javascripts/other.js"


def test_any_other_remote_polyfill_fails_the_build():
    with pytest.raises(PluginError, match="vendor it"):
        local_polyfill("https://cdn.example/some-polyfill.js")
