"""The page on a team server (AppTest), on both backends: nobody in without signing in, each report is the
signed-in rep's, a colleague's buyer is named before the reply, approvals go from a rep to the manager's
queue and back, and only a manager decides or edits the seller profile."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from research import accounts
from research.render.pdf import Approval, render
from research.serialize import loads
from research.settings import PROJECT_ROOT
from tests.store_backends import Backend
from ui import export

APP = str(PROJECT_ROOT / "app.py")
PASSWORDS = {"wang": "ceramic-vases-2400", "lina": "soy-candles-500", "li": "manager-signs-here"}
INQUIRY = """From: Karen Mitchell <karen@harborline-imports.com>
Subject: RFQ ceramic vases

Hello, we need ceramic vases, 2,400 pcs, FOB Ningbo, T/T 30% deposit.

Karen Mitchell
Harborline Imports LLC
"""
AGAIN = """From: Karen M <karen.m.buying@gmail.com>
Subject: vases

Hi, please send the price of your ceramic vases again.

Karen
Harborline Imports LLC
"""


@pytest.fixture
def team(backend: Backend, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Backend:
    users = tmp_path / "users.toml"
    accounts.set_account(users, "wang", name="王小明", role="rep", password=PASSWORDS["wang"])
    accounts.set_account(users, "lina", name="李娜", role="rep", password=PASSWORDS["lina"])
    accounts.set_account(users, "li", name="Manager Li", role="manager", password=PASSWORDS["li"])
    monkeypatch.setenv("RESEARCH_USERS_FILE", str(users))
    monkeypatch.setenv("RESEARCH_CACHE_DIR", str(backend.tmp / "cache"))
    monkeypatch.setenv("RESEARCH_PROFILES_DIR", str(tmp_path / "profiles"))
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "decor.toml").write_text(
        (PROJECT_ROOT / "profiles" / "home_decor.toml").read_text("utf-8"), "utf-8"
    )
    if backend.url:
        monkeypatch.setenv("RESEARCH_DATABASE_URL", backend.url)
    else:
        monkeypatch.setenv("RESEARCH_TEAM", "1")  # one machine's SQLite, shared, sign-in all the same
    return backend


def _signed_in(login: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    at.text_input(key="auth_login").input(login)
    at.text_input(key="auth_password").input(PASSWORDS[login])
    at.button(key="auth_submit").click().run()
    assert not at.exception, at.exception
    at.checkbox(key="offline").check().run()
    return at


def _research(at: AppTest, text: str) -> AppTest:
    at.text_area(key="paste").input(text).run()
    at.button(key="run").click().run()
    assert not at.exception, at.exception
    return at


def test_nobody_reaches_the_page_without_signing_in(team: Backend) -> None:
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert [t.value for t in at.title] == ["登录"]
    assert not at.text_area and not at.sidebar.radio  # no form, no views, no history
    at.text_input(key="auth_login").input("wang")
    at.text_input(key="auth_password").input("ceramic-vases-2399")
    at.button(key="auth_submit").click().run()
    assert [e.value for e in at.error] == ["用户名或密码错误"] and not at.text_area
    at.text_input(key="auth_password").input(PASSWORDS["wang"])
    at.button(key="auth_submit").click().run()
    assert at.text_input(key="rep").value == "王小明" and at.text_input(key="rep").disabled
    assert at.radio(key="view").options == ["新调查", "历史记录", "批量", "审批"]  # no profile editing for a rep
    assert not [e for e in at.sidebar.expander if "编辑" in e.label]
    at.button(key="auth_out").click().run()
    assert [t.value for t in at.title] == ["登录"]


def test_reports_are_the_reps_and_a_colleagues_buyer_is_named_first(team: Backend) -> None:
    wang = _research(_signed_in("wang"), INQUIRY)
    (row,) = team.open().search("harborline")
    assert row.rep == "王小明"
    lina = _research(_signed_in("lina"), AGAIN)  # the same company, another address, another rep
    owner = [w.value for w in lina.warning if w.icon == "👥"]
    assert len(owner) == 1 and owner[0].startswith("王小明 已于") and "跟进过该买家" in owner[0]
    assert any("王小明" in w.value and "以前出现过" in w.value for w in lina.warning)
    assert not [w for w in wang.warning if w.icon == "👥"]


def test_approval_goes_to_the_managers_queue_and_back_to_the_rep_and_the_pdf(team: Backend) -> None:
    wang = _research(_signed_in("wang"), INQUIRY)
    (row,) = team.open().search("harborline")
    wang.button(key=f"ap_request_{row.id}").click().run()
    assert any("经理的审批队列" in s.value for s in wang.success)
    assert any("尚未决定" in i.value for i in wang.info)
    assert export.decision_of(team.open().latest_approvals([row.id])[row.id]) is None  # the PDF waits for it

    li = _signed_in("li")
    assert li.radio(key="view").options[-2:] == ["审批", "卖家资料"]
    li.radio(key="view").set_value("approvals").run()
    (asked,) = team.open().approvals(status="pending")
    li.button(key=f"ap_rejected_{asked.id}").click().run()
    assert any("写明原因" in e.value for e in li.error)  # a rejection needs a note for the rep
    li.text_input(key=f"ap_dnote_{asked.id}").input("quote only after the BSCI audit")
    li.button(key=f"ap_approved_{asked.id}").click().run()
    assert any("决定已保存" in s.value for s in li.success)
    assert team.open().approvals(status="pending") == []

    wang.radio(key="view").set_value("approvals").run()
    assert any("Manager Li 于" in m.value and "批准" in m.value for m in wang.markdown)
    wang.radio(key="view").set_value("history").run()
    wang.button(key="h_open").click().run()
    assert any("Manager Li 于" in s.value and "BSCI" in s.value for s in wang.success)
    (decided,) = team.open().approvals()
    assert (decided.status, decided.decided_by, decided.decision_note) == (
        "approved",
        "Manager Li",
        "quote only after the BSCI audit",
    )
    events = [(e.action, e.by_whom) for e in team.open().events(report_id=row.id)]
    assert events == [("approved", "Manager Li"), ("request_approval", "王小明")]
    # The PDF carries the decision where the approval block's blank lines were.
    report = loads(team.open().report_json(row.id) or "")
    made = export.decision_of(team.open().latest_approvals([row.id])[row.id])  # as the page's PDF button makes it
    pdf = team.tmp / "r.pdf"
    pdf.write_bytes(render(report, "en", Approval(rep="王小明", decision=made)))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Manager Li" in text and "Approved" in text and "BSCI audit" in text


def test_the_company_identity_provider_is_offered_when_configured(
    team: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("RESEARCH_USERS_FILE")
    at = AppTest.from_file(APP, default_timeout=60)
    at.secrets["auth"] = {
        "redirect_uri": "http://localhost:8501/oauth2callback",
        "cookie_secret": "a-long-random-secret-for-the-test",
        "client_id": "research",
        "client_secret": "x",
        "server_metadata_url": "http://127.0.0.1:9/.well-known/openid-configuration",
    }
    at.run()
    assert not at.exception
    assert [b.label for b in at.button] == ["使用公司账号登录"] and not at.text_input and not at.text_area


def test_a_user_of_the_identity_provider_gets_the_role_the_file_gives(tmp_path: Path) -> None:
    users = tmp_path / "users.toml"
    accounts.set_account(users, "Li@Example.com", name="李经理", role="manager")
    assert accounts.from_identity_provider(users, "li@example.com").manager
    stranger = accounts.from_identity_provider(users, "new.rep@example.com", "New Rep")
    assert (stranger.role, stranger.name, stranger.via) == ("rep", "New Rep", "oidc")
    assert accounts.verify(users, "li@example.com", "anything-at-all") is None  # no password: provider only
    assert "password =" not in users.read_text("utf-8")


def test_passwords_are_kept_only_as_argon2_hashes(tmp_path: Path) -> None:
    users = tmp_path / "users.toml"
    accounts.set_account(users, "wang", name="王小明", password="ceramic-vases-2400")
    text = users.read_text("utf-8")
    assert "ceramic-vases-2400" not in text and "$argon2id$" in text
    assert accounts.verify(users, "WANG", "ceramic-vases-2400") == accounts.User("wang", "王小明", "rep")
    assert accounts.verify(users, "wang", "ceramic-vases-2401") is None
    assert accounts.verify(users, "nobody", "ceramic-vases-2400") is None
    from research.errors import ConfigError

    with pytest.raises(ConfigError):
        accounts.set_account(users, "short", password="123456")


def test_a_rep_sees_only_their_own_requests_and_neither_decides_nor_edits_the_profile(team: Backend) -> None:
    wang = _research(_signed_in("wang"), INQUIRY)
    (row,) = team.open().search("harborline")
    wang.button(key=f"ap_request_{row.id}").click().run()

    lina = _signed_in("lina")
    lina.radio(key="view").set_value("approvals").run()
    assert not lina.exception
    assert not [b for b in lina.button if str(b.key).startswith(("ap_approved_", "ap_rejected_"))]
    assert not any("harborline" in m.value for m in lina.markdown)  # a colleague's request is not hers to see
    assert [i.value for i in lina.info] == ["暂无"]
    assert "卖家资料" not in lina.radio(key="view").options and not [b for b in lina.button if "保存" in b.label]
    assert [a.status for a in team.open().approvals()] == ["pending"]  # nothing decided by a rep
