"""The admin console in the real app, against the real team server (uvicorn on 127.0.0.1)."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.paths import AppPaths
from desktop.admin.dialogs import InviteDialog
from desktop.admin.page import AdminPage
from desktop.admin.tab import AdminTab
from desktop.admin.workspaces import WorkspacesTab
from desktop.app import DesktopApp
from sync.client.admin import AdminClient
from tests.desktop.conftest import start_app
from tests.desktop.team_server import ADMIN, AUDITOR, PASSWORD, TeamServer, sign_in, team_server

__all__ = ["team_server"]  # the fixture
WAIT_MS = 30_000


def open_console(desktop: DesktopApp, qtbot: QtBot) -> AdminPage:
    qtbot.waitUntil(lambda: desktop.window.page_visible("admin"), timeout=WAIT_MS)
    page = desktop.window.go_to("admin")
    assert isinstance(page, AdminPage)
    return page


def settle(tab: AdminTab, qtbot: QtBot) -> None:
    """Show the tab and wait until what it asked the server has come back."""
    page = tab.parentWidget()
    while page is not None and not isinstance(page, AdminPage):
        page = page.parentWidget()
    assert page is not None
    page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.loaded and tab.busy == 0, timeout=WAIT_MS)


def column(tab_model: object, col: int) -> list[str]:
    model = tab_model
    return [model.index(r, col).data() for r in range(model.rowCount())]  # type: ignore[attr-defined]


def roles_of(spaces: WorkspacesTab) -> dict[str, str]:
    return dict(zip(column(spaces.members, 0), column(spaces.members, 1), strict=True))


def login(url: str, email: str) -> httpx.Response:
    body = {"email": email, "password": PASSWORD, "device_id": "probe", "device_name": "t"}
    return httpx.post(f"{url}/v1/auth/login", json=body, timeout=10)


@pytest.fixture
def admin_app(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths, team_server: TeamServer
) -> DesktopApp:
    sign_in(app_paths, team_server.url, ADMIN)
    desktop = start_app(qtbot, qapp, app_paths)
    yield desktop  # type: ignore[misc]
    desktop.shutdown()


def test_users_search_role_and_disable_as_an_admin(
    qtbot: QtBot, admin_app: DesktopApp, team_server: TeamServer
) -> None:
    page = open_console(admin_app, qtbot)
    users = page.users
    settle(users, qtbot)
    assert "you are an admin" in page.subtitle.text()
    emails = column(users.model, 0)
    assert sorted(emails) == sorted(
        [ADMIN, AUDITOR, "bob@example.com", "carol@example.com", "dave@example.com"]
    )
    assert users.counter.text() == "1–5 of 5"
    users.search.setText("bob")
    qtbot.waitUntil(lambda: column(users.model, 0) == ["bob@example.com"], timeout=WAIT_MS)
    users.role_filter.setCurrentIndex(users.role_filter.findData("auditor"))
    qtbot.waitUntil(lambda: users.busy == 0 and users.model.rowCount() == 0, timeout=WAIT_MS)
    assert "No account matches" in users.message.text()
    users.search.clear()
    qtbot.waitUntil(lambda: column(users.model, 0) == [AUDITOR], timeout=WAIT_MS)
    users.role_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: users.model.rowCount() == 5 and users.busy == 0, timeout=WAIT_MS)

    assert users.select_email("bob@example.com")
    assert users.disable_button.text() == "Disable" and users.disable_button.isEnabled()
    bob = users.selected()
    assert bob is not None
    users.set_disabled(bob[1].user_id, True)
    qtbot.waitUntil(lambda: "bob@example.com is disabled" in users.message.text(), timeout=WAIT_MS)
    row = column(users.model, 0).index("bob@example.com")
    assert users.model.index(row, 2).data() == "Disabled"
    assert users.disable_button.text() == "Enable"
    refused = login(team_server.url, "bob@example.com")
    assert refused.status_code in (401, 403) and "disabled" in refused.text.lower()

    assert users.select_email("carol@example.com")
    carol = users.selected()
    assert carol is not None
    users.set_role(carol[1].user_id, "auditor")
    qtbot.waitUntil(lambda: "server role Auditor" in users.message.text(), timeout=WAIT_MS)
    row = column(users.model, 0).index("carol@example.com")
    assert users.model.index(row, 1).data() == "Auditor"


def test_workspaces_members_and_an_invite_code_that_works(
    qtbot: QtBot, admin_app: DesktopApp, team_server: TeamServer
) -> None:
    page = open_console(admin_app, qtbot)
    spaces = page.workspaces
    settle(spaces, qtbot)
    names = column(spaces.workspaces, 0)
    assert {"Research", "Design"} <= set(names)
    research = names.index("Research")
    assert spaces.workspaces.index(research, 2).data() == "3"
    assert spaces.select_workspace("Research")
    qtbot.waitUntil(lambda: spaces.busy == 0 and spaces.members.rowCount() == 3, timeout=WAIT_MS)
    assert "Research" in spaces.members_title.text()
    assert roles_of(spaces) == {
        ADMIN: "Owner",
        "bob@example.com": "Editor",
        "carol@example.com": "Viewer",
    }
    assert spaces.select_member(ADMIN)
    assert not spaces.remove_button.isEnabled(), "the owner cannot be removed"

    assert spaces.select_member("carol@example.com")
    spaces.member_role.setCurrentIndex(spaces.member_role.findData("editor"))
    spaces.set_role_button.click()
    qtbot.waitUntil(lambda: "is now editor" in spaces.message.text(), timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: spaces.busy == 0 and roles_of(spaces).get("carol@example.com") == "Editor",
        timeout=WAIT_MS,
    )
    assert spaces.select_member("bob@example.com")
    bob = spaces.chosen_member()
    assert bob is not None
    spaces.remove_member(bob.user_id, "bob@example.com")
    qtbot.waitUntil(lambda: "was removed" in spaces.message.text(), timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: spaces.busy == 0 and "bob@example.com" not in column(spaces.members, 0),
        timeout=WAIT_MS,
    )

    assert admin_app.sync_client is not None and admin_app.ops is not None
    chosen = spaces.chosen_workspace()
    assert chosen is not None
    dialog = InviteDialog(
        AdminClient(admin_app.sync_client), admin_app.ops, page, (chosen.id, chosen.name)
    )
    qtbot.addWidget(dialog)
    dialog.email.setText("dave@example.com")
    dialog.role.setCurrentIndex(dialog.role.findData("viewer"))
    dialog.make_code()
    qtbot.waitUntil(lambda: bool(dialog.code.text()), timeout=WAIT_MS)
    assert "only dave@example.com" in dialog.message.text()
    spaces.reload_invites()
    qtbot.waitUntil(
        lambda: spaces.busy == 0 and column(spaces.invites, 0) == ["dave@example.com"],
        timeout=WAIT_MS,
    )
    assert spaces.invites_title.text() == "Pending invites (1)"
    token = login(team_server.url, "dave@example.com").json()["access_token"]
    joined = httpx.post(
        f"{team_server.url}/v1/invites/redeem",
        json={"code": dialog.code.text()},
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    assert joined.status_code == 200 and joined.json()["name"] == "Research"
    spaces.reload_members()
    qtbot.waitUntil(
        lambda: spaces.busy == 0 and "dave@example.com" in column(spaces.members, 0),
        timeout=WAIT_MS,
    )
    spaces.reload_invites()
    qtbot.waitUntil(lambda: spaces.busy == 0, timeout=WAIT_MS)
    assert spaces.invites.rowCount() == 0, "a redeemed invite is no longer pending"

    dialog.email.clear()
    dialog.make_code()
    qtbot.waitUntil(lambda: "whoever has it" in dialog.message.text(), timeout=WAIT_MS)
    loose_code = dialog.code.text()
    spaces.reload_invites()
    qtbot.waitUntil(lambda: spaces.busy == 0 and spaces.invites.rowCount() == 1, timeout=WAIT_MS)
    spaces.invite_table.selectRow(0)
    assert spaces.revoke_button.isEnabled()
    spaces.revoke_button.click()
    qtbot.waitUntil(lambda: "was revoked" in spaces.message.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: spaces.busy == 0 and spaces.invites.rowCount() == 0, timeout=WAIT_MS)
    token = login(team_server.url, "carol@example.com").json()["access_token"]
    refused = httpx.post(
        f"{team_server.url}/v1/invites/redeem",
        json={"code": loose_code},
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    assert refused.status_code == 404, "a revoked code does not work"


def test_audit_log_filters_and_exports(
    qtbot: QtBot, admin_app: DesktopApp, team_server: TeamServer, tmp_path: Path
) -> None:
    page = open_console(admin_app, qtbot)
    audit = page.audit
    settle(audit, qtbot)
    actions = column(audit.model, 3)
    assert "auth.login" in actions and "workspace.create" in actions
    seqs = [int(s) for s in column(audit.model, 0)]
    assert seqs == sorted(seqs, reverse=True), "newest first"
    audit.action.setCurrentIndex(audit.action.findData("member."))
    qtbot.waitUntil(lambda: audit.busy == 0, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: (
            column(audit.model, 3) and all(a.startswith("member.") for a in column(audit.model, 3))
        ),
        timeout=WAIT_MS,
    )
    audit.action.setCurrentIndex(0)
    audit.actor.setText(ADMIN)
    audit.search()
    qtbot.waitUntil(lambda: audit.busy == 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: set(column(audit.model, 2)) == {ADMIN}, timeout=WAIT_MS)
    audit.actor.clear()
    audit.period.setCurrentIndex(audit.period.findData(-1))  # between dates
    audit.since.setDate(audit.since.date().currentDate().addDays(1))
    audit.until.setDate(audit.since.date())
    audit.search()
    qtbot.waitUntil(
        lambda: audit.busy == 0 and "No entry matches" in audit.message.text(), timeout=WAIT_MS
    )

    audit.period.setCurrentIndex(0)
    target = tmp_path / "audit.jsonl"
    audit.export_to(target, "jsonl")
    qtbot.waitUntil(lambda: "Exported the audit log" in audit.message.text(), timeout=WAIT_MS)
    assert str(target) in audit.message.text()
    entries = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [e["seq"] for e in entries] == sorted(e["seq"] for e in entries), "oldest first"
    assert {"auth.login", "workspace.create"} <= {e["action"] for e in entries}
    audit.search()  # the export is audited
    qtbot.waitUntil(
        lambda: audit.busy == 0 and "audit.export" in column(audit.model, 3), timeout=WAIT_MS
    )


def test_usage_dashboard_and_server_health(
    qtbot: QtBot, admin_app: DesktopApp, team_server: TeamServer
) -> None:
    page = open_console(admin_app, qtbot)
    usage = page.usage
    settle(usage, qtbot)
    report = usage.report
    assert report is not None and report.days == 30
    assert {"Research", "Design"} <= set(column(usage.workspace_model, 0))
    assert usage.chart.series_names(), "one series per workspace"
    assert usage.stats.tiles["devices"].value.text() != "—"
    usage.by.setCurrentIndex(1)
    assert usage.table.model() is usage.user_model
    assert ADMIN in column(usage.user_model, 0)
    health = page.health
    settle(health, qtbot)
    assert health.health is not None
    assert health.tiles["database"].value.text() == "SQLite"
    assert "answering" in health.tiles["database"].note.text()
    assert health.tiles["users"].value.text() == "5"
    assert health.tiles["workspaces"].value.text() == str(health.health.workspaces)
    assert health.tiles["version"].value.text() == health.health.version


def test_an_auditor_reads_but_may_not_change_and_a_member_sees_no_console(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, team_server: TeamServer
) -> None:
    auditor_paths = AppPaths(tmp_path / "auditor", tmp_path / "auditor" / "config")
    sign_in(auditor_paths, team_server.url, AUDITOR)
    desktop = start_app(qtbot, qapp, auditor_paths)
    try:
        page = open_console(desktop, qtbot)
        settle(page.users, qtbot)
        assert "auditor (read only)" in page.subtitle.text()
        assert page.users.model.rowCount() == 5
        assert not page.users.disable_button.isVisibleTo(page)
        assert not page.users.invite_button.isVisibleTo(page)
        settle(page.workspaces, qtbot)
        assert not page.workspaces.remove_button.isVisibleTo(page)
        settle(page.audit, qtbot)
        assert page.audit.model.rowCount() > 0 and page.audit.export_button.isVisibleTo(page)
    finally:
        desktop.shutdown()
    member_paths = AppPaths(tmp_path / "member", tmp_path / "member" / "config")
    sign_in(member_paths, team_server.url, "dave@example.com")
    member = start_app(qtbot, qapp, member_paths)
    try:
        qtbot.waitUntil(lambda: member.console.answers >= 1, timeout=WAIT_MS)
        assert member.console.role is None
        assert not member.window.page_visible("admin")
    finally:
        member.shutdown()


def test_an_owner_chooses_what_happens_to_an_erased_members_content(
    qtbot: QtBot, admin_app: DesktopApp, team_server: TeamServer
) -> None:
    page = open_console(admin_app, qtbot)
    spaces = page.workspaces
    settle(spaces, qtbot)
    assert spaces.select_workspace("Research")
    qtbot.waitUntil(lambda: spaces.busy == 0 and spaces.erase_content.isEnabled(), timeout=WAIT_MS)
    assert spaces.erase_content.currentData() == "anonymise", "kept, anonymised, by default"

    spaces.erase_content.setCurrentIndex(spaces.erase_content.findData("delete"))
    spaces.erase_content.activated.emit(spaces.erase_content.currentIndex())
    qtbot.waitUntil(lambda: "deleted everywhere" in spaces.message.text(), timeout=WAIT_MS)
    research = spaces.chosen_workspace()
    assert research is not None
    url = f"{team_server.url}/v1/workspaces/{research.id}/settings"
    owner = login(team_server.url, ADMIN).json()["access_token"]
    held = httpx.get(url, headers={"Authorization": f"Bearer {owner}"}, timeout=10)
    assert held.json() == {"erase_content": "delete"}, "the server holds the choice"
    viewer = login(team_server.url, "carol@example.com").json()["access_token"]
    refused = httpx.put(
        url,
        json={"erase_content": "anonymise"},
        headers={"Authorization": f"Bearer {viewer}"},
        timeout=10,
    )
    assert refused.status_code == 403, "a viewer may not change it"
