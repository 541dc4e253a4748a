"""The server's sign-in config file (``serve --auth-config FILE``): read, checked, and each
mistake named."""

from __future__ import annotations

from pathlib import Path

import pytest

from sync.server.auth_config import AuthConfig, AuthConfigError
from sync.server.cli import main

GOOD = """
[oidc]
issuer = "https://idp.example.com/realms/acme/"
client_id = "convosphere"
client_secret_env = "ACME_OIDC_SECRET"
label = "Acme account"

[ldap]
url = "ldap://ldap.example.com"
user_dn_template = "uid={user},ou=people,dc=example,dc=com"
group_base = "ou=groups,dc=example,dc=com"
email_domains = ["Example.com"]

[roles.server]
ADMINISTRATORS = "admin"
audit = "auditor"

[roles.workspaces]
engineering = "Engineering:editor"
leads = ["Engineering:admin", "Roadmap:viewer"]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "auth.toml"
    path.write_text(text)
    return path


def test_a_full_config_reads_with_the_secret_from_the_environment(tmp_path: Path) -> None:
    config = AuthConfig.load(write(tmp_path, GOOD), {"ACME_OIDC_SECRET": "s3cret"})

    assert config.oidc is not None and config.ldap is not None
    assert config.oidc.issuer == "https://idp.example.com/realms/acme"
    assert config.oidc.client_secret == "s3cret" and "s3cret" not in repr(config)
    assert config.ldap.handles("bob@EXAMPLE.com") and not config.ldap.handles("bob@other.org")
    assert config.roles.server_role(["audit", "ADMINISTRATORS"]) == "admin"
    assert config.roles.server_role(["audit"]) == "auditor"
    assert config.roles.workspace_roles(["engineering", "leads"]) == {
        "Engineering": "admin",
        "Roadmap": "viewer",
    }


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('client_secret_env = "ACME_OIDC_SECRET"', 'client_secret = "plain"'), "must not be"),
        (('client_secret_env = "ACME_OIDC_SECRET"', 'client_secret_env = "NOPE"'), "NOPE"),
        (('"Engineering:editor"', '"Engineering:owner"'), "owner moves only by transfer"),
        (('"admin"', '"root"'), "admin or auditor"),
        (('url = "ldap://', 'url = "http://'), "ldap or ldaps"),
        (('user_dn_template = "uid={user},', 'user_dn_template = "uid=x,'), "{user}"),
    ],
)
def test_each_mistake_is_named(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    with pytest.raises(AuthConfigError, match=message.replace("{", r"\{")):
        AuthConfig.load(write(tmp_path, GOOD.replace(*change)), {"ACME_OIDC_SECRET": "x"})


def test_the_server_refuses_to_start_on_a_bad_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "[oidc]\nissuer = 'https://idp.example.com'\n")

    status = main(["--data-dir", str(tmp_path / "data"), "serve", "--auth-config", str(path)])

    assert status == 1
    assert "[oidc] needs client_secret_env or client_secret_file" in capsys.readouterr().err
