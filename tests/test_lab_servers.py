"""The lab's real servers (PostgreSQL, Redis, Dovecot), used through the clients the product uses:
psycopg and psycopg_pool, redis-py, imapclient. Each fixture starts its server once per session,
only when a test here (or elsewhere) asks for it.
"""

# Session fixtures arrive as parameters named like the imported fixtures, which pyflakes
# reads as redefinitions; conftest imports them for every module.

from __future__ import annotations

import email
import email.policy
import os
import socket
import ssl
import time
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from typing import TypeVar

import psycopg
import pytest
import redis
import redis.asyncio
from imapclient import IMAPClient
from imapclient.exceptions import LoginError
from psycopg_pool import AsyncConnectionPool, ConnectionPool
from redis.backoff import NoBackoff
from redis.retry import Retry

from tests.lab import redis_server as redis_module
from tests.lab.daemon import BinaryMissing, Daemon, ServerStartError, accepts, free_port, require_binary
from tests.lab.fixtures import _running
from tests.lab.imap_server import ImapServer
from tests.lab.lab import Lab
from tests.lab.postgres_server import PostgresServer
from tests.lab.redis_server import RedisServer

pytestmark = pytest.mark.timeout(60)
T = TypeVar("T")

INQUIRY_FOLDER = "询盘/2026"  # Chinese and nested: modified UTF-7 and the hierarchy separator
ARRIVED = datetime(2026, 3, 2, 9, 30, tzinfo=timezone(timedelta(hours=8)))


def inquiry(subject: str, sender: str = "sarah.miller@harborline-imports.com") -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "sales@factory.example.cn"
    message["Subject"] = subject
    message.set_content("Please quote 2,400 pcs ceramic vases, FOB Ningbo. 谢谢")
    return message


# -- PostgreSQL ---------------------------------------------------------------------


def test_postgres_keeps_what_a_pool_wrote(postgres_server: PostgresServer) -> None:
    table = f"history_{uuid.uuid4().hex[:8]}"
    with ConnectionPool(postgres_server.dsn, min_size=1, max_size=2, open=True) as pool:
        with pool.connection() as conn:
            conn.execute(f"CREATE TABLE {table} (id serial PRIMARY KEY, email text, company text)")
            conn.execute(f"INSERT INTO {table} (email, company) VALUES (%s, %s)", ("li@qq.com", "宁波陶瓷有限公司"))
        with pool.connection() as conn:
            rows = conn.execute(f"SELECT email, company FROM {table}").fetchall()
    assert rows == [("li@qq.com", "宁波陶瓷有限公司")]


async def test_postgres_serves_an_async_pool(postgres_server: PostgresServer) -> None:
    pool = AsyncConnectionPool(postgres_server.dsn, min_size=1, max_size=2, open=False)
    async with pool, pool.connection() as conn:
        cursor = await conn.execute("SELECT current_user, current_database()")
        assert await cursor.fetchone() == (postgres_server.user, postgres_server.database)


def test_postgres_new_database_is_empty_and_separate(postgres_server: PostgresServer) -> None:
    with psycopg.connect(postgres_server.dsn) as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS only_in_main (id int)")
    dsn = postgres_server.create_database(f"case_{uuid.uuid4().hex[:8]}")
    with psycopg.connect(dsn) as conn:
        found = conn.execute("SELECT to_regclass('only_in_main')").fetchone()
    assert found == (None,)


def test_postgres_refuses_a_wrong_password(postgres_server: PostgresServer) -> None:
    wrong = postgres_server.dsn.replace(postgres_server.password, "not-the-password")
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(wrong)


# -- Redis --------------------------------------------------------------------------


def test_redis_sets_and_gets(redis_server: RedisServer) -> None:
    client = redis.Redis.from_url(redis_server.url_for(1), decode_responses=True)
    try:
        client.set("batch:42:status", "排队中", ex=60)
        assert client.get("batch:42:status") == "排队中"
        assert 0 < client.ttl("batch:42:status") <= 60
        # Durability is off on purpose: nothing of a session outlives it.
        assert client.config_get("save") == {"save": ""}
    finally:
        client.close()


async def test_redis_queue_hands_work_over(redis_server: RedisServer) -> None:
    client = redis.asyncio.Redis.from_url(redis_server.url_for(2), decode_responses=True)
    try:
        await client.lpush("queue:inquiries", "a.eml", "b.eml")
        assert await client.brpop(["queue:inquiries"], timeout=1) == ("queue:inquiries", "a.eml")
    finally:
        await client.aclose()


def test_redis_refuses_a_client_without_the_password(redis_server: RedisServer) -> None:
    # No retries: redis-py would back off and ask again for seconds before giving up.
    client = redis.Redis(host=redis_server.host, port=redis_server.port, retry=Retry(NoBackoff(), 0))
    try:
        with pytest.raises(redis.AuthenticationError):
            client.ping()
    finally:
        client.close()


# -- IMAP ---------------------------------------------------------------------------


def test_imap_unseen_search_finds_only_the_unread_inquiry(imap_server: ImapServer) -> None:
    account = imap_server.add_account()
    imap_server.create_folder(INQUIRY_FOLDER, account)
    answered = imap_server.deliver(
        inquiry("Already answered"), INQUIRY_FOLDER, seen=True, flags=("\\Answered",), account=account
    )
    uid = imap_server.deliver(inquiry("RFQ ceramic vases"), INQUIRY_FOLDER, date=ARRIVED, account=account)

    client = imap_server.connect(account)
    try:
        client.normalise_times = False  # keep the server's zone, to compare with ARRIVED
        assert client.id_({"name": "buyer-research", "version": "0.1"})[0] == (b"name", b"Dovecot")
        client.select_folder(INQUIRY_FOLDER)
        assert client.search("UNSEEN") == [uid]
        assert client.search("ANSWERED") == [answered]
        fetched = client.fetch([uid], ["BODY.PEEK[]", "INTERNALDATE", "FLAGS"])[uid]
        message = email.message_from_bytes(fetched[b"BODY[]"], policy=email.policy.default)
        assert message["Subject"] == "RFQ ceramic vases"
        assert fetched[b"INTERNALDATE"] == ARRIVED
        assert b"\\Seen" not in fetched[b"FLAGS"]
        client.fetch([uid], ["BODY[]"])  # reading without PEEK marks it read, as a mail client does
        assert client.search("UNSEEN") == []
    finally:
        client.logout()


def test_imap_logs_the_id_a_client_sends(imap_server: ImapServer) -> None:
    client = imap_server.connect()
    try:
        client.id_({"name": "buyer-research", "version": "0.1"})
    finally:
        client.logout()
    assert _eventually(lambda: "name=buyer-research, version=0.1" in imap_server.ids_received())


def test_imaps_certificate_is_from_the_lab_ca(imap_server: ImapServer, lab: Lab) -> None:
    trusting_lab = ssl.create_default_context(cafile=str(lab.ca_file))
    client = IMAPClient(imap_server.host, imap_server.imaps_port, ssl=True, ssl_context=trusting_lab, timeout=5)
    try:
        client.login(imap_server.account.user, imap_server.account.password)
        assert client.select_folder("INBOX")[b"EXISTS"] >= 0
    finally:
        client.logout()
    with pytest.raises(ssl.SSLCertVerificationError):
        IMAPClient(imap_server.host, imap_server.imaps_port, ssl=True, ssl_context=ssl.create_default_context())


def test_imap_refuses_a_wrong_password(imap_server: ImapServer) -> None:
    client = IMAPClient(imap_server.host, imap_server.imap_port, ssl=False, timeout=5)
    try:
        with pytest.raises(LoginError):
            client.login(imap_server.account.user, "not-the-password")
    finally:
        client.shutdown()


def test_deliver_wants_an_aware_date(imap_server: ImapServer) -> None:
    with pytest.raises(ValueError, match="time zone"):
        imap_server.deliver(inquiry("naive"), date=datetime(2026, 3, 2, 9, 30))


# -- start and stop -----------------------------------------------------------------


def test_stop_ends_the_server_and_removes_its_files() -> None:
    server = _or_skip(RedisServer)
    server.start()
    work_dir, port = server.work_dir, server.port
    assert work_dir.is_dir() and accepts(port)
    server.stop()
    assert not server.running
    assert not work_dir.exists()
    assert not accepts(port)


def test_a_server_that_lost_its_port_starts_on_another(monkeypatch: pytest.MonkeyPatch) -> None:
    server = _or_skip(RedisServer)
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        taken = squatter.getsockname()[1]
        ports = iter([taken, free_port()])
        monkeypatch.setattr(redis_module, "free_port", lambda: next(ports))
        with server:
            assert server.port != taken
            assert redis.Redis.from_url(server.url).ping()


def test_a_server_that_dies_while_starting_shows_its_log() -> None:
    binary = _or_skip(lambda: require_binary("redis-server", hint="apt-get install redis-server"))
    daemon = Daemon("redis")
    try:
        with pytest.raises(ServerStartError, match=r"(?s)exited.*FATAL CONFIG FILE ERROR"):
            daemon.start([binary, "--port", "not-a-port"], ready=lambda: False)
    finally:
        daemon.stop()
    assert not daemon.dir.exists()


def test_a_missing_server_skips_with_the_install_hint() -> None:
    def missing() -> RedisServer:
        require_binary("no-such-server-for-the-lab", hint="apt-get install it")
        raise AssertionError("require_binary should have raised")

    with pytest.raises(pytest.skip.Exception, match="no-such-server-for-the-lab not found: apt-get install it"):
        next(_running(missing))


@pytest.mark.skipif(os.getuid() != 0, reason="only root has privileges to drop")
def test_as_root_the_servers_run_unprivileged(postgres_server: PostgresServer) -> None:
    # PostgreSQL would refuse root anyway; its data dir shows whom it runs as.
    assert postgres_server.data_dir.stat().st_uid != 0


# -- helpers ------------------------------------------------------------------------


def _or_skip(make: Callable[[], T]) -> T:
    try:
        return make()
    except BinaryMissing as missing:
        pytest.skip(str(missing))


def _eventually(check: Callable[[], bool], timeout_s: float = 5.0) -> bool:
    """Dovecot's processes log through its master, a moment after the client got its answer."""
    deadline = time.monotonic() + timeout_s
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True
