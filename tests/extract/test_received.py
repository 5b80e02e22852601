"""The Received chain: each hop read from real header shapes, and the hop a rep can trust."""

from __future__ import annotations

import pytest

from research.extract.networks import hosting_network, ip_country, mail_service
from research.extract.received import find_origin, parse_chain, parse_hop

# (Received value, client ip, reverse-DNS name, HELO, by, protocol), as each system writes it.
SHAPES = [
    (  # Gmail's MX receiving from Google's outbound server
        "from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])\r\n        by mx.google.com "
        "with SMTPS id a640c23a62f3a-a9a0f1d2c3bsor1234567eb.12.2024.10.21.03.14.15",
        "209.85.220.41",
        "mail-sor-f41.google.com",
        "",
        "mx.google.com",
        "SMTPS",
    ),
    (  # Gmail's internal hop: no client, an IPv6 "by" without a name
        "by 2002:a05:6a10:a0d1:b0:4c1:2345:6789 with SMTP id k17csp1234567pxb; Mon, 21 Oct 2024 03:14:15 -0700",
        "",
        "",
        "",
        "2002:a05:6a10:a0d1:b0:4c1:2345:6789",
        "SMTP",
    ),
    (  # Gmail webmail user submitting over authenticated SMTP
        "from [192.168.1.23] ([114.88.0.1]) by smtp.gmail.com with ESMTPSA id d9443c01a7336-1234; Mon, 21 Oct 2024",
        "114.88.0.1",
        "",
        "",
        "smtp.gmail.com",
        "ESMTPSA",
    ),
    (  # Microsoft 365 receiving from outside: "from HELO (ip) by host (ip)", no brackets
        "from mail-sor-f41.google.com (209.85.220.41) by BN8NAM11FT066.mail.protection.outlook.com (10.13.177.13) "
        "with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8069.17",
        "209.85.220.41",
        "",
        "",
        "bn8nam11ft066.mail.protection.outlook.com",
        "MICROSOFT",
    ),
    (  # Microsoft internal IPv6 hop
        "from BN8PR12MB3409.namprd12.prod.outlook.com (2603:10b6:408:61::10) by "
        "DM6PR12MB4074.namprd12.prod.outlook.com (2603:10b6:5:218::15) with Microsoft SMTP Server id 15.20.8069.16",
        "2603:10b6:408:61::10",
        "",
        "",
        "dm6pr12mb4074.namprd12.prod.outlook.com",
        "MICROSOFT",
    ),
    (  # Tencent Exmail / QQ: client name and "( [ip])" with a space
        "from DESKTOP-7H2K1Q ( [183.3.255.20]) by bizesmtp.qq.com (ESMTP) with SMTP id 0 for <sales@seller.cn>; "
        "Tue, 22 Oct 2024 10:01:02 +0800 (CST)",
        "183.3.255.20",
        "",
        "",
        "bizesmtp.qq.com",
        "SMTP",
    ),
    (  # NetEase 163 webmail (Coremail)
        "from buyer$163.com ( [101.91.0.1] ) by ajax-webmail-wmsvr137 (Coremail) ; Tue, 22 Oct 2024 10:01:02 +0800",
        "101.91.0.1",
        "",
        "",
        "ajax-webmail-wmsvr137",
        "",
    ),
    (  # Yahoo: Postfix-style at the receiving end
        "from sonic301-20.consmr.mail.ir2.yahoo.com (sonic301-20.consmr.mail.ir2.yahoo.com [77.238.176.97]) by "
        "mx.seller.cn (Postfix) with ESMTPS id 4XY; Tue, 22 Oct 2024",
        "77.238.176.97",
        "sonic301-20.consmr.mail.ir2.yahoo.com",
        "",
        "mx.seller.cn",
        "ESMTPS",
    ),
    (  # Postfix with no reverse DNS, and a HELO that names someone else
        "from walmart.com (unknown [45.77.12.34]) by mx.seller.cn (Postfix) with ESMTP id 4AB",
        "45.77.12.34",
        "unknown",
        "",
        "mx.seller.cn",
        "ESMTP",
    ),
    (  # vger's Sendmail-like shape: the bracket is the name when reverse DNS failed
        'from [159.89.172.223] ([159.89.172.223]:33222 "EHLO mail.boombf2am.ga" rhost-flags-FAIL-FAIL-OK-OK)'
        " by vger.kernel.org with ESMTP id S1726011",
        "159.89.172.223",
        "",
        "mail.boombf2am.ga",
        "vger.kernel.org",
        "ESMTP",
    ),
    (  # Exim: verified name, then "[ip] helo=..."
        "from vmi123456.contaboserver.net ([62.171.130.5] helo=mail.walmart-trade.com) by mx.seller.cn with esmtps "
        "(TLS1.3) (Exim 4.96) (envelope-from <po@walmart.com>) id 1sX",
        "62.171.130.5",
        "",
        "mail.walmart-trade.com",
        "mx.seller.cn",
        "ESMTPS",
    ),
    (  # qmail: HELO and bare IP in parentheses
        "from unknown (HELO mail.buyer.example) (88.198.10.7) by 0 with SMTP; 22 Oct 2024 02:01:02 -0000",
        "88.198.10.7",
        "",
        "mail.buyer.example",
        "0",
        "SMTP",
    ),
    (  # IPv6 client with the IPv6: tag, and a HELO literal before the recorded address
        "from [192.0.2.1] (unknown [IPv6:2a01:4f8:c0c:1234::1]) by mx.seller.cn (Postfix) with ESMTP id 9",
        "2a01:4f8:c0c:1234::1",
        "unknown",
        "",
        "mx.seller.cn",
        "ESMTP",
    ),
]


@pytest.mark.parametrize(("value", "ip", "rdns", "helo", "by", "proto"), SHAPES)
def test_each_systems_received_line(value: str, ip: str, rdns: str, helo: str, by: str, proto: str) -> None:
    hop = parse_hop(value)
    assert (hop.ip, hop.rdns, hop.helo, hop.by, hop.protocol) == (ip, rdns, helo, by, proto)
    assert "\n" not in hop.line and "  " not in hop.line


def test_no_reverse_dns_is_read_from_the_line() -> None:
    assert parse_hop("from walmart.com (unknown [45.77.12.34]) by mx.seller.cn").no_rdns
    assert parse_hop('from [89.32.41.185] ([89.32.41.185]:56450 "EHLO x" rhost-flags-FAIL-FAIL-OK-OK) by v').no_rdns
    assert not parse_hop("from a.b.com (a.b.com [77.238.176.97]) by mx.seller.cn").no_rdns


def _chain(*lines: str) -> tuple[str, ...]:
    return lines


def test_origin_is_the_first_hop_from_outside_the_recipients_servers() -> None:
    """Two hops of the seller's own (a filter, then the mailbox server) above the one from outside."""
    hops = parse_chain(
        _chain(
            "from filter.seller.cn (filter.seller.cn [10.0.0.5]) by mail.seller.cn with LMTP",
            "from mx.seller.cn (mx.seller.cn [121.40.1.2]) by filter.seller.cn with ESMTP",
            "from vmi123456.contaboserver.net (vmi123456.contaboserver.net [62.171.130.5]) by mx.seller.cn with ESMTP",
            "from localhost (localhost [127.0.0.1]) by vmi123456.contaboserver.net with ESMTPA",
        )
    )
    origin = find_origin(hops)
    assert origin.hop is not None and origin.ip == "62.171.130.5" and origin.index == 2
    assert origin.trusted == frozenset({"seller.cn"}) and not origin.inside
    assert [h.by for h in origin.claimed] == ["vmi123456.contaboserver.net"]


def test_forged_lower_lines_do_not_move_the_origin() -> None:
    """A sender may write "from mail-sor-f41.google.com" lines of its own below; the address our
    server saw is what counts."""
    hops = parse_chain(
        _chain(
            "from walmart.com (unknown [45.77.12.34]) by mx.seller.cn (Postfix) with ESMTP",
            "from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41]) by mx.walmart.com with ESMTPS",
        )
    )
    origin = find_origin(hops)
    assert origin.ip == "45.77.12.34" and origin.hop is not None and origin.hop.no_rdns
    assert origin.claimed[0].ip == "209.85.220.41"  # kept, as what the sender's side says


def test_a_helo_naming_the_recipient_does_not_buy_trust() -> None:
    hops = parse_chain(["from mx.seller.cn (unknown [45.77.12.34]) by mx.seller.cn (Postfix) with ESMTP"])
    assert find_origin(hops).ip == "45.77.12.34"


def test_same_provider_at_both_ends_stays_inside() -> None:
    """Gmail to Gmail: every hop is Google's; no outside origin, nothing to blame."""
    hops = parse_chain(
        _chain(
            "from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41]) by mx.google.com with SMTPS id x",
            "by 2002:a05:6a10:a0d1:b0:4c1:2345:6789 with SMTP id k17csp1234567pxb",
        )
    )
    origin = find_origin(hops)
    assert origin.hop is None and origin.inside


def test_outlook_chain_reaches_the_outside_sender() -> None:
    hops = parse_chain(
        _chain(
            "from BN8PR12MB3409.namprd12.prod.outlook.com (2603:10b6:408:61::10) by "
            "DM6PR12MB4074.namprd12.prod.outlook.com (2603:10b6:5:218::15) with Microsoft SMTP Server id 15.20",
            "from BN8NAM11FT066.eop-nam11.prod.protection.outlook.com (2603:10b6:408:61:cafe::1) by "
            "BN8PR12MB3409.namprd12.prod.outlook.com (2603:10b6:408:61::10) with Microsoft SMTP Server id 15.20",
            "from mail-sor-f41.google.com (209.85.220.41) by BN8NAM11FT066.mail.protection.outlook.com "
            "(10.13.177.13) with Microsoft SMTP Server id 15.20",
        )
    )
    origin = find_origin(hops)
    assert origin.ip == "209.85.220.41" and origin.index == 2
    assert mail_service("mail-sor-f41.google.com") == "Google Workspace"


def test_mailing_list_hops_belong_to_the_delivery() -> None:
    """Read through a list: the list's servers pass mail on; the origin is where the list got it."""
    hops = parse_chain(
        _chain(
            "from vger.kernel.org (vger.kernel.org [23.128.96.18]) by mail.lfdr.de (Postfix) with ESMTP id 1",
            "(majordomo@vger.kernel.org) by vger.kernel.org via listexpand id S1",
            'from host201-96-61-217.static.arubacloud.com ([217.61.96.201]:47674 "EHLO mail.undorthemoure.gq"'
            " rhost-flags-OK-FAIL-OK-OK) by vger.kernel.org with ESMTP id S2",
            "by mail.undorthemoure.gq (Postfix, from userid 48) id 86364BE189",
        )
    )
    assert find_origin(hops).ip == "23.128.96.18"  # without knowing the list: the list server
    origin = find_origin(hops, ["linux-i2c.vger.kernel.org"])
    assert origin.ip == "217.61.96.201" and origin.hop is not None
    assert hosting_network(origin.hop.from_name) == "Aruba Cloud"


def test_broken_lines_are_read_without_error() -> None:
    hops = parse_chain(["", "garbage without structure", "from", "from [999.1.2.3] by x", "by"])
    assert [h.ip for h in hops] == ["", "", "", ""]
    assert find_origin(hops).hop is None


@pytest.mark.parametrize(
    ("host", "network"),
    [
        ("ec2-3-120-5-7.eu-central-1.compute.amazonaws.com", "Amazon EC2"),
        ("ec2-54-1-2-3.compute-1.amazonaws.com", "Amazon EC2"),
        ("45.77.12.34.vultrusercontent.com", "Vultr"),
        ("vmi123456.contaboserver.net", "Contabo"),
        ("static.7.10.198.88.clients.your-server.de", "Hetzner"),
        ("ip-51-38-114-202.eu", "OVHcloud"),
        ("li1234-56.members.linode.com", "Linode (Akamai)"),
        ("172-105-1-2.ip.linodeusercontent.com", "Linode (Akamai)"),
        ("34.1.2.3.bc.googleusercontent.com", "Google Cloud"),
        ("hwsrv-990338.hostwindsdns.com", "Hostwinds"),
        ("198-12-114-80-host.colocrossing.com", "ColoCrossing"),
    ],
)
def test_rented_server_names(host: str, network: str) -> None:
    assert hosting_network(host) == network
    assert mail_service(host) is None


@pytest.mark.parametrize(
    "host",
    ["mail-sor-f41.google.com", "mo1.mail-out.ovh.net", "smtpbg151.qq.com", "m15114.mail.126.com", "mail.berger.de"],
)
def test_mail_servers_are_not_rented_servers(host: str) -> None:
    assert hosting_network(host) is None


def test_ip_country_from_the_shipped_dataset() -> None:
    assert ip_country("62.171.130.5") == "DE" and ip_country("114.88.0.1") == "CN"
    assert ip_country("2607:f8b0:4864:20::1033") == "US"
    assert ip_country("10.0.0.5") is None and ip_country("not an ip") is None
