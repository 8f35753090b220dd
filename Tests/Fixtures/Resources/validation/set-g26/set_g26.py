#!/usr/bin/env python3
"""Validation batch g26 (May 2028): Japanese / Chinese cloud-provider notices.

Each notice follows one public original (see used-sources.txt). Dates in bodies
are written as [[YYYY-MM-DD|fmt]] using the ORIGINAL date; the script shifts every
date of a notice by one offset (a whole number of weeks, so weekdays are kept)
that moves the send date into May 2028.
Standard library only, deterministic.
"""
import datetime as dt
import email.charset
import email.utils
import ipaddress
import mailbox
import os
import re
import sys
from email.header import Header
from email.message import Message

NAME = "g26"
YEAR, MONTH = 2028, 5
HERE = os.path.dirname(os.path.abspath(__file__))
MBOX = os.path.join(HERE, f"set-{NAME}.mbox")
LABELS = ["abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"]
CRITICAL = {"abuse", "security-incident"}
NOTICES = []

JA_WD = "月火水木金土日"
ZH_WD = "一二三四五六日"
EN_MON = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fmt_date(d, f):
    if f == "iso":
        return d.isoformat()
    if f == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if f == "slashw":
        return f"{d.year}/{d.month:02d}/{d.day:02d}({JA_WD[d.weekday()]})"
    if f == "ja":
        return f"{d.year}年{d.month}月{d.day}日"
    if f == "jaw":
        return f"{d.year}年{d.month}月{d.day}日({JA_WD[d.weekday()]})"
    if f == "ja0":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if f == "ja0w":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日({JA_WD[d.weekday()]})"
    if f == "ym":
        return f"{d.year}年{d.month}月"
    if f == "m":
        return f"{d.month}月"
    if f == "md":
        return f"{d.month}月{d.day}日"
    if f == "mdw":
        return f"{d.month}月{d.day}日({JA_WD[d.weekday()]})"
    if f == "zh":
        return f"{d.year}年{d.month}月{d.day}日"
    if f == "zhw":
        return f"{d.year}年{d.month}月{d.day}日(星期{ZH_WD[d.weekday()]})"
    if f == "en":
        return f"{EN_MON[d.month - 1]} {d.day}, {d.year}"
    if f == "enw":
        return f"{EN_WD[d.weekday()]}, {EN_MON[d.month - 1]} {d.day}, {d.year}"
    if f == "monthyear":
        return f"{EN_MON[d.month - 1]} {d.year}"
    raise ValueError(f"unknown date format {f}")


def add(*, src, provider, label, orig, target, time, tz, deadline, frm, to,
        subject, body, phishing=False, ja=False):
    NOTICES.append(dict(src=src, provider=provider, label=label, orig=orig,
                        target=target, time=time, tz=tz, deadline=deadline,
                        frm=frm, to=to, subject=subject, body=body,
                        phishing=phishing, ja=ja))


PH = re.compile(r"\[\[(\d{4}-\d{2}-\d{2})\|([a-z0-9]+)\]\]")


def offset_of(n):
    o = dt.date.fromisoformat(n["orig"])
    t = dt.date.fromisoformat(n["target"])
    days = (t - o).days
    days -= days % 7          # keep weekdays: move target back to a whole number of weeks
    return dt.timedelta(days=days)


def render(text, off):
    return PH.sub(lambda m: fmt_date(dt.date.fromisoformat(m.group(1)) + off, m.group(2)), text)


def addr_header(s):
    name, addr = email.utils.parseaddr(s)
    if not addr:
        raise ValueError(f"bad address {s!r}")
    return email.utils.formataddr((name, addr), charset="utf-8") if name else addr


def lang_of(body):
    if re.search(r"[\u3040-\u30ff]", body):
        return "ja"
    if re.search(r"[\u4e00-\u9fff]", body):
        return "zh"
    return "en"


def build():
    qp = email.charset.Charset("utf-8")
    qp.header_encoding = email.charset.QP
    qp.body_encoding = email.charset.QP
    rows = []
    if os.path.exists(MBOX):
        os.remove(MBOX)
    box = mailbox.mbox(MBOX, create=True)
    box.lock()
    try:
        for i, n in enumerate(NOTICES, 1):
            off = offset_of(n)
            subj = render(n["subject"], off)
            body = render(n["body"], off)
            if not body.endswith("\n"):
                body += "\n"
            hh, mm = (int(x) for x in n["time"].split(":"))
            sign = 1 if n["tz"][0] == "+" else -1
            tzinfo = dt.timezone(sign * dt.timedelta(hours=int(n["tz"][1:3]), minutes=int(n["tz"][3:5])))
            send_d = dt.date.fromisoformat(n["orig"]) + off
            when = dt.datetime(send_d.year, send_d.month, send_d.day, hh, mm, 0, tzinfo=tzinfo)
            deadline = "none" if n["deadline"] == "none" else (dt.date.fromisoformat(n["deadline"]) + off).isoformat()
            m = Message()
            m["From"] = addr_header(n["frm"])
            m["To"] = addr_header(n["to"])
            m["Subject"] = Header(subj, "utf-8").encode() if not subj.isascii() else subj
            m["Date"] = email.utils.format_datetime(when)
            m["Message-ID"] = f"<{NAME}.{i:02d}.{send_d.strftime('%Y%m%d')}@training.set-{NAME}.example>"
            m["MIME-Version"] = "1.0"
            if body.isascii():
                m["Content-Type"] = 'text/plain; charset="utf-8"'
                m["Content-Transfer-Encoding"] = "7bit"
                m.set_payload(body)
            else:
                m.set_payload(body, qp)
            m["X-Training-Label"] = n["label"]
            m["X-Training-Deadline"] = deadline
            if n["phishing"]:
                m["X-Training-Phishing"] = "yes"
            mm_ = mailbox.mboxMessage(m)
            mm_.set_from("MAILER-DAEMON", when.astimezone(dt.timezone.utc).timetuple())
            box.add(mm_)
            rows.append(dict(i=i, label=n["label"], deadline=deadline, provider=n["provider"],
                             phishing=n["phishing"], lang=lang_of(body), src=n["src"],
                             ja=n["ja"]))
        box.flush()
    finally:
        box.unlock()
        box.close()
    return rows


ALLOWED_NETS = [ipaddress.ip_network(x) for x in (
    "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24",
    "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8")]
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")


def check():
    problems = []
    box = mailbox.mbox(MBOX, create=False)
    ids = set()
    n_ja = n_zh = n_crit = n_phish = 0
    msgs = list(box)
    if len(msgs) != len(NOTICES):
        problems.append(f"mbox holds {len(msgs)} messages, expected {len(NOTICES)}")
    with open(MBOX, "rb") as fh:
        raw = fh.read()
    if b"\r\n" in raw:
        problems.append("CRLF line endings found")
    if not raw.startswith(b"From "):
        problems.append("mbox does not start with a From line")
    need = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type",
            "Content-Transfer-Encoding", "X-Training-Label", "X-Training-Deadline"]
    for k, m in enumerate(msgs, 1):
        tag = f"msg {k}"
        for h in need:
            if m[h] is None:
                problems.append(f"{tag}: missing {h}")
        for h, v in m.items():
            if not str(v).isascii():
                problems.append(f"{tag}: non-ASCII header {h}")
        for h in ("From", "To"):
            a = email.utils.parseaddr(m[h] or "")[1]
            if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]+", a):
                problems.append(f"{tag}: {h} has no usable address ({m[h]})")
        d = email.utils.parsedate_to_datetime(m["Date"])
        if (d.year, d.month) != (YEAR, MONTH):
            problems.append(f"{tag}: Date {m['Date']} not in {YEAR}-{MONTH:02d}")
        mid = m["Message-ID"]
        if not re.fullmatch(rf"<{NAME}\.\d\d\.{d.strftime('%Y%m%d')}@training\.set-{NAME}\.example>", mid or ""):
            problems.append(f"{tag}: bad Message-ID {mid}")
        if mid in ids:
            problems.append(f"{tag}: duplicate Message-ID")
        ids.add(mid)
        lab = m["X-Training-Label"]
        if lab not in LABELS:
            problems.append(f"{tag}: bad label {lab}")
        dl = m["X-Training-Deadline"]
        if dl != "none" and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dl or ""):
            problems.append(f"{tag}: bad deadline {dl}")
        ph = m["X-Training-Phishing"]
        if ph not in (None, "yes"):
            problems.append(f"{tag}: bad phishing header {ph}")
        if m.get_content_type() != "text/plain" or (m.get_content_charset() or "").lower() != "utf-8":
            problems.append(f"{tag}: content type {m['Content-Type']}")
        body = m.get_payload(decode=True).decode("utf-8")
        cte = (m["Content-Transfer-Encoding"] or "").lower()
        if not body.isascii() and cte != "quoted-printable":
            problems.append(f"{tag}: non-ASCII body not quoted-printable ({cte})")
        if PH.search(body) or "[[" in body:
            problems.append(f"{tag}: unrendered placeholder")
        subj = str(email.header.make_header(email.header.decode_header(m["Subject"])))
        if "[[" in subj:
            problems.append(f"{tag}: unrendered placeholder in subject")
        for ip in IP_RE.findall(body + " " + subj):
            try:
                a = ipaddress.ip_address(ip)
            except ValueError:
                continue
            if not any(a in net for net in ALLOWED_NETS):
                problems.append(f"{tag}: non-documentation IP {ip}")
        lang = lang_of(body)
        n_ja += lang == "ja"
        n_zh += lang == "zh"
        if ph == "yes":
            n_phish += 1
        elif lab in CRITICAL:
            n_crit += 1
    box.close()
    for n in NOTICES:
        if n["ja"] != (lang_of(n["body"]) == "ja"):
            problems.append(f"ja flag mismatch for {n['src']}")
    srcs = [n["src"] for n in NOTICES]
    if len(set(srcs)) != len(srcs):
        problems.append("an original is used twice")
    if len(NOTICES) != 32:
        problems.append(f"{len(NOTICES)} notices, quota is 32")
    if n_ja < 20:
        problems.append(f"only {n_ja} Japanese notices (need 20)")
    if n_zh < 3:
        problems.append(f"only {n_zh} Chinese notices (need 3)")
    if n_crit < 9:
        problems.append(f"only {n_crit} non-phishing critical notices (need 9)")
    if n_phish < 3:
        problems.append(f"only {n_phish} phishing notices (need 3)")
    return problems, dict(ja=n_ja, zh=n_zh, critical=n_crit, phishing=n_phish)


def write_side_files(rows, stats):
    with open(os.path.join(HERE, "used-sources.txt"), "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(r["src"] + "\n")
    counts = {l: sum(r["label"] == l for r in rows) for l in LABELS}
    provs = []
    for r in rows:
        if r["provider"] not in provs:
            provs.append(r["provider"])
    lines = [
        f"# Validation batch {NAME} (May 2028)",
        "",
        "Made by hand after public originals found with the search tool (provider notice and help pages,"
        " news reports of provider incidents, blog posts and a GitHub issue that quote a provider's mail,"
        " phishing write-ups). Each notice follows one different original (see `used-sources.txt`, in"
        " notice order), keeps its sender, kind, subject form, structure and the intervals between its"
        " dates, and is reworded throughout; ids, people, servers and customer domains are replaced"
        " (`.example`, documentation IPs). `set_g26.py` holds the notices as data, shifts every date of"
        " a notice by one whole-week offset into May 2028, writes `set-g26.mbox`, re-reads and checks it,"
        " and writes this README and `used-sources.txt`. Focus: Japanese and Chinese providers and the"
        " Japanese notices of global providers.",
        "",
        f"- Notices: {len(rows)}",
        "- Per label: " + ", ".join(f"{l} {counts[l]}" for l in LABELS),
        f"- Critical (abuse + security-incident, not phishing): {stats['critical']}",
        f"- Phishing: {stats['phishing']}",
        f"- Japanese: {stats['ja']}, Chinese: {stats['zh']}, English: {len(rows) - stats['ja'] - stats['zh']}",
        "- Providers: " + ", ".join(provs),
        "",
        "| # | label | deadline | provider | phishing | lang | original |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(f"| {r['i']} | {r['label']} | {r['deadline']} | {r['provider']} | "
                     f"{'yes' if r['phishing'] else 'no'} | {r['lang']} | {r['src']} |")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


def main():
    rows = build()
    problems, stats = check()
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    write_side_files(rows, stats)
    print(f"OK: {len(rows)} notices, ja={stats['ja']} zh={stats['zh']} "
          f"critical={stats['critical']} phishing={stats['phishing']}")


# ---------------------------------------------------------------------------
# Notices
# ---------------------------------------------------------------------------

# 1 Tencent Cloud - content violation warning (phishing-lookalike site), 24h to fix
add(src="http://www.vpsno.com/zhishi/zatan/2020-10-30/410.html",
    provider="Tencent Cloud", label="abuse",
    orig="2020-10-13", target="2028-05-16", time="19:49", tz="+0800",
    deadline="2020-10-14",
    frm="腾讯云 <cloud_noreply@tencent.com>",
    to="ops@lanshan-studio.example",
    subject="您使用的腾讯云服务存在违规信息,请尽快处理",
    body="""尊敬的腾讯云用户(账号ID:100012345678):

您好!

经平台核查,您账号下云服务器(实例ID:ins-7kq2m9xd,公网IP:203.0.113.58)上承载的站点内容,涉嫌违反《腾讯云服务协议》及国家相关法律法规,已被认定为违规信息。

请您在收到本通知后24小时内,即[[2020-10-14|zh]] 19:49前,自行排查并删除、下线相关内容。逾期仍未处理的,平台将依据协议对该服务器的公网访问采取限制措施,因此产生的业务中断由您自行承担。

整改完成后,请前往控制台「违规处置记录」提交复核;如您认为判定有误,也可在该页面发起申诉。违规链接明细已同步发送至您的站内信,请登录后查看。

本邮件由系统自动发出,请勿直接回复。

腾讯云安全中心
""")

# 2 Tencent Cloud - API key exposed on GitHub (SMS + mail + phone call in the original)
add(src="https://github.com/GodYeksha/hexodiscuz/issues/25",
    provider="Tencent Cloud", label="security-incident",
    orig="2019-12-26", target="2028-05-10", time="21:20", tz="+0800",
    deadline="none",
    frm="腾讯云 <cloud_noreply@tencent.com>",
    to="hexo-owner@fungit-notes.example",
    subject="【腾讯云】您的API密钥疑似在GitHub上公开泄露,请立即处理",
    body="""尊敬的腾讯云用户,您好:

腾讯云安全团队在例行巡检中发现,您账号(APPID:1258xxxx61)下的一组云API访问密钥已出现在GitHub的公开代码仓库中,存在被他人冒用的风险。

  SecretId:AKID****************************Wq7m
  泄露位置:https://github.com/fungit-notes/blog-source/blob/3e9a1c7/_config.yml
  发现时间:[[2019-12-26|zh]] 21:06

任何拿到该密钥的人都能以您的身份调用云API,可能导致云资源被擅自创建或删除、数据外泄,并产生大额费用。

请您尽快完成以下操作:
1. 登录访问管理(CAM)控制台,在「API密钥管理」中禁用上述密钥,另行创建新密钥并替换到业务中;
2. 在控制台「风险详情」中下载泄露记录(CSV文件),逐一核对泄露位置,并将密钥从仓库及其历史提交中彻底清除;
3. 检查近期云API调用记录和账单明细,确认没有非本人发起的操作;
4. 为主账号开启二次验证,业务调用改用权限最小化的子账号密钥。

我们已同时通过短信通知您绑定的手机号。如需协助,请提交工单或拨打客服热线。

腾讯云
""")

# 3 Huawei Cloud - CPH SLA update, effective 7 days after notice
add(src="http://m.cqfng.cn/notice/2025/20250731172240093.html",
    provider="Huawei Cloud", label="informational",
    orig="2025-07-31", target="2028-05-18", time="17:22", tz="+0800",
    deadline="2025-08-07",
    frm="华为云 <noreply@notice.huaweicloud.com>",
    to="cloudphone-admin@qingmu-tech.example",
    subject="【华为云】关于中国站云手机服务(CPH)SLA更新的通知",
    body="""尊敬的华为云客户:

您好!为更清楚地说明服务保障承诺,华为云对中国站《云手机服务SLA》作了以下修订:

1. 第四条“服务补偿”新增一个档位:当月服务可用性低于95%时,按月度服务费的100%发放代金券作为补偿。
2. 第四条“服务补偿”新增申请时限:对上月未达到可用性承诺的云手机服务器,客户可在每月第五(5)个工作日之后提出补偿申请;申请须在未达标月份结束后两(2)个月内提交,超出时限的申请不再受理。

本次修订自通知发出后第7天,即[[2025-08-07|zh]]起生效。生效后您继续使用云手机服务的,视为您接受修订后的条款。

如对本次变更有疑问或不同意见,请通过工单或服务热线(4000-955-988 / 950808)联系我们。

感谢您对华为云的信任与支持!

华为云
""")

# 4 Alibaba Cloud - ECS content violation, general level: URL blocked, rectify
add(src="http://bestwisewords.com/document_detail/469818.html",
    provider="Alibaba Cloud (Aliyun)", label="abuse",
    orig="2024-03-11", target="2028-05-22", time="10:22", tz="+0800",
    deadline="none",
    frm="阿里云 <noreply@service.aliyun.com>",
    to="admin@xiangyun-mall.example",
    subject="【阿里云】云服务器ECS违规信息处置通知(一般违规)",
    body="""尊敬的阿里云用户 adm***@xiangyun-mall.example:

您好!阿里云安全检测发现,您账号(UID:18306xxxxxxx4521)下的云服务器ECS实例存在违规信息,具体情况如下:

  实例ID:i-bp1c7h2k9m0q4x8zt3(华东1 杭州)
  公网IP:198.51.100.142
  违规URL:http://shop.xiangyun-mall.example/promo/lucky-draw.html
  违规类型:虚假中奖 / 诈骗类信息
  违规等级:一般违规
  处置措施:通知整改;已阻断上述URL的访问

根据《云平台安全处罚规则》,请您尽快完成以下工作:
- 删除服务器上全部违规内容,包括备份目录及缓存中的副本;
- 排查服务器是否已被入侵,例如被篡改的网页文件、陌生系统账号、异常进程或计划任务;
- 整改完成后,登录云安全中心,在“违规记录”中提交解除阻断申请。

特别提示:如同类问题再次出现,或情节升级为严重违规,相关URL及域名将被阻断且不予解封;特别严重的,阿里云将关停实例,并限制账户的新购、续费等功能。

阿里云安全团队
""")

# 5 Tencent Cloud - outbound attack, public IP blocked
add(src="https://cloud.tencent.com/document/product/301/9610",
    provider="Tencent Cloud", label="abuse",
    orig="2024-09-05", target="2028-05-29", time="04:05", tz="+0800",
    deadline="none",
    frm="腾讯云 <cloud_noreply@tencent.com>",
    to="devops@yunqi-games.example",
    subject="【腾讯云】违规封禁通知:您的云服务器存在对外攻击行为",
    body="""尊敬的腾讯云用户:

您好!腾讯云监测到您账号(账号ID:100029384756)下的以下资源持续向外部发送攻击流量,已对其公网访问执行封禁:

  资源:轻量应用服务器 lhins-3fq8w2nb(广州三区)
  公网IP:203.0.113.207
  异常行为:向多个外部地址发起 SYN Flood 攻击,峰值约 1.2 Gbps
  处置时间:[[2024-09-05|zh]] 03:41
  处置类型:封禁公网IP访问(内网及控制台不受影响)

此类情况多由服务器被植入木马或恶意程序所致。请通过控制台 VNC 方式登录实例,重点排查:
  · 是否有陌生进程长期占用CPU或带宽;
  · crontab、开机启动项中是否出现未知任务;
  · 是否部署了 frp、HAProxy 等代理程序并被他人当作攻击跳板;
  · 系统账号、密码及安全组规则是否被改动;
  · 是否还有其他尚未修复的高危漏洞。

如确认已被入侵,建议先备份关键数据再重装系统,并设置高强度密码、仅对可信IP开放远程管理端口。

整改完成后,请前往「消息中心 > 违规处置记录」提交解封申请;如认为判定有误,可在同一页面提出申诉。

腾讯云
""")

# 6 IIJ - Secure MX service breach, customer data possibly leaked
add(src="https://news.mixi.jp/view_news.pl?from=recent_list&id=8277808&media_id=54",
    provider="IIJ", label="security-incident", ja=True,
    orig="2025-04-15", target="2028-05-12", time="15:30", tz="+0900",
    deadline="none",
    frm="IIJ セキュアMXサービス <smx-info@iij.ad.jp>",
    to="it-admin@kitamura-seiki.example",
    subject="【重要】IIJセキュアMXサービスにおけるお客様情報漏えいの可能性について(お詫び)",
    body="""北村精機株式会社
システムご担当者様

株式会社インターネットイニシアティブ

平素より「IIJセキュアMXサービス」をご利用いただき、誠にありがとうございます。

本サービスの設備が第三者による不正なアクセスを受け、貴社に関わる情報の一部が外部に漏えいした可能性があることが判明いたしました。多大なるご心配とご迷惑をおかけしておりますことを、深くお詫び申し上げます。

■ これまでの経緯
・[[2024-08-03|jaw]]以降、本サービスの設備に不正なアクセスがあり、設備上で不正なプログラムが動作していたことを、[[2025-04-10|jaw]]に当社にて確認しました。
・確認後、侵入経路を特定して該当部分を切り離しております。現時点で、本サービスは安全にご利用いただける状態です。

■ 漏えいした可能性のある情報(ご契約内容・ご利用機能により異なります)
 (1) 本サービスで作成したメールアカウントと、そのパスワード
 (2) 本サービスを経由して送受信されたメールの本文・ヘッダ
 (3) 本サービスと連携するよう設定されていた他社クラウドサービスの認証情報

■ 貴社の対象状況
 ご契約番号 SMX-0041827 は上記の対象に含まれます。
 ※[[2024-08-03|ja]]の時点で既にご利用を終了されていた契約については、(1)のうちメールアカウント名と(3)が対象となります。

■ ご検討いただきたい対応
 ・本サービス上のメールアカウントのパスワード変更
 ・連携先クラウドサービスで使用している認証情報(アプリケーションパスワード、クライアントシークレット等)の再発行
 ・当社や取引先を装った不審なメール、問い合わせへの注意

原因と影響範囲については調査を継続しており、新たな事実が判明した時点で改めてご案内いたします。ご不明な点は、担当営業または本件専用のご相談窓口までお問い合わせください。

IIJセキュアMXサービス 本件ご相談窓口
""")

# 7 NTT Communications - SDPF Managed FW/UTM/WAF v2 end of provision
add(src="https://sdpf.ntt.com/news/2025032801/",
    provider="NTT Communications (Smart Data Platform)", label="action-required", ja=True,
    orig="2025-03-28", target="2028-05-11", time="17:00", tz="+0900",
    deadline="2025-06-30",
    frm="Smart Data Platform <sdpf-notice@ntt.com>",
    to="network-team@minato-logistics.example",
    subject="【SDPF】Managed Firewall/UTM/WAF Version2提供終了に伴うVersion3へのバージョンアップのお願い",
    body="""Smart Data Platform をご利用中のお客さま

平素よりSmart Data Platform(以下、SDPF)をご利用いただき誠にありがとうございます。

SDPF クラウド/サーバー ネットワークセキュリティの Managed Firewall/UTM/WAF Version2 は、[[2025-06-30|jaw]]をもって提供を終了いたします。お客さまのテナントには、現在もVersion2のデバイスが残っているため、Version3への移行方針をあらためてご案内いたします。

■ 対象
 テナントID:3f9c0a7e52d84b1e9a6c1d2e4f5a6b7c
 リージョン:JP1
 対象デバイス:Managed UTM HA(2台)、Managed WAF(1台)

■ お客さまにお願いしたいこと
 提供終了日までに、セキュリティコントロールパネルのバージョンアップ機能でVersion3へ移行してください。
 ・1デバイスあたり約80分を要します。
 ・作業中、数分程度の通信断が複数回発生します。
 ・同一リージョン内のバージョンアップは順番に処理されるため、開始までに待ち時間が生じる場合があります。

■ 期限までの実施が難しい場合
 (1) 個別調整メンテナンス
   提供終了日までにご依頼いただければ、日程をご相談のうえ、弊社がバージョンアップ作業を代行いたします。
 (2) 強制バージョンアップ
   ご依頼・お客さま作業のいずれもないデバイスは、提供終了日以降、弊社にて順次Version3へ移行します。作業は22:00~翌6:00(JST)に行い、日時のご指定は承れません。実施日は個別のメンテナンス通知でお知らせします。

 ご自身で作業されるため弊社作業の対象から外したい場合は、econ番号、Region、テナントID、サービス名、CES番号(HAプランは2台分)を記載のうえ、チケットにてお申し出ください。

ご不便をおかけいたしますが、ご対応のほどよろしくお願いいたします。

NTTコミュニケーションズ株式会社
Smart Data Platform サポートセンター
""")

# 8 NTT Communications - SDPF platform version-up maintenance (forced stop after 1:00)
add(src="https://sdpf.ntt.com/news/2021083001",
    provider="NTT Communications (Smart Data Platform)", label="maintenance", ja=True,
    orig="2022-04-13", target="2028-05-16", time="11:00", tz="+0900",
    deadline="2022-05-14",
    frm="Smart Data Platform メンテナンス通知 <sdpf-maintenance@ntt.com>",
    to="infra-ops@shinonome-insurance.example",
    subject="【SDPF】[メンテナンス通知] クラウド/サーバー 基盤バージョンアップ作業のお知らせ(JP1 グループA)[MNT-A0107]",
    body="""お客さま各位

平素よりSmart Data Platformをご利用いただき誠にありがとうございます。

基盤設備の老朽化に対応するため、下記のとおり大規模なメンテナンスを実施いたします。お客さまのテナントに作業対象のリソースが含まれておりますので、ご案内申し上げます。

■ 管理番号   :MNT-A0107
■ 作業日時   :[[2022-05-14|jaw]] 00:00 ~ 09:00(JST)
■ 対象リージョン:JP1 グループA
■ 対象リソース
  ・サーバーインスタンス:app-core-01、app-core-02
  ・ロードバランサー(NetScaler VPX):lb-front-01

■ サービスへの影響
  ・1時以降、対象のサーバーインスタンスを弊社にて一時的に強制停止し、新しい基盤へ切り替えたうえで起動します。停止時間は1台あたり最大60分程度を見込んでいます。
  ・ロードバランサーは切り替え時に数分間の通信断が発生します。作業後、OS上の時刻がずれる場合がありますので、NTPの同期状態をご確認ください。

■ お客さま作業
  原則として不要です。強制停止を避けたい場合は、作業開始前にお客さまご自身でシャットダウンしておくことも可能です(作業後の起動はお客さまにてお願いします)。

メンテナンス日時の個別調整は承っておりません。ご不便をおかけしますが、ご理解とご協力を賜りますようお願い申し上げます。

NTTコミュニケーションズ株式会社
Smart Data Platform サポートセンター
""")

# 9 NTT Communications - 2020 intrusion, customer construction info possibly leaked
add(src="https://news.mynavi.jp/article/20200528-1045014",
    provider="NTT Communications", label="security-incident", ja=True,
    orig="2020-05-28", target="2028-05-19", time="16:00", tz="+0900",
    deadline="none",
    frm="NTTコミュニケーションズ株式会社 <enterprise-notice@ntt.com>",
    to="johosys@takasago-kensetsu.example",
    subject="【重要】弊社設備への不正アクセスによるお客さま情報流出の可能性について(お詫び)",
    body="""高砂建設株式会社
情報システム部 ご担当者さま

NTTコミュニケーションズ株式会社

平素は弊社サービスをご利用いただき、誠にありがとうございます。

このたび、弊社設備が第三者による不正アクセスを受け、貴社にご提供しているサービスに関する情報の一部が外部へ流出した可能性があることが判明いたしました。多大なるご迷惑とご心配をおかけしますことを、深くお詫び申し上げます。

1. 経緯
 [[2020-05-07|mdw]]、社内のActive Directoryサーバーに対して不正な遠隔操作を試みる通信を検知し、踏み台となっていたサーバーを同日停止したうえで調査に着手しました。
 [[2020-05-11|mdw]]、一部の情報が外部に送出された可能性があることを確認しました。
 攻撃者は、新サービスへの移行に伴い撤去を予定していたサーバー、これとつながる海外拠点の運用サーバー、ならびに一部の通信経路を経由して侵入したものと考えております。

2. 流出した可能性のある情報
 法人向けクラウドサービスに関する工事情報
 (貴社分:ご契約番号 ECL-20457-K に係る回線・設備の工事情報)
 ※個人のお客さまに関する情報は含まれておりません。

3. 弊社の対応
 踏み台となった設備の停止、不要な通信経路の遮断などの初動対応は完了しております。今後は、移行中の設備を含めて最新の攻撃手法に対応したセキュリティ対策を適用するとともに、監視体制を強化してまいります。

4. お問い合わせ
 本件についてのご質問は、貴社担当営業までご連絡ください。

重ねてお詫び申し上げます。
""")

# 10 onamae.com - domain use restriction requested by the registry (suspected abuse)
add(src="https://neet01.hatenadiary.org/entry/20150909/1441776791",
    provider="お名前.com (GMO)", label="abuse", ja=True,
    orig="2015-09-09", target="2028-05-24", time="13:05", tz="+0900",
    deadline="none",
    frm="お名前.com <info@onamae.com>",
    to="owner@kusuri-guide.example",
    subject="【重要】[お名前.com]ドメインの利用制限について",
    body="""━━お名前.com by GMO ━━━━━━━━━━━━━━━━━━━━━━━━━━
■お名前ID :87654321
■対象ドメイン:kusuri-guide.example
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

お名前.comをご利用いただき、まことにありがとうございます。

上記ドメインにつきまして、ドメインのデータベースを管理する上位機関(以下、レジストリ)から、ドメインの品質や安定性を損なうおそれのある不正な利用が疑われるため、当該ドメインの利用を強制的に制限する旨の連絡を受けました。

現在、上記ドメインは利用制限がかかった状態となっており、ホームページの表示やメールの送受信など、ドメインを使うサービスはご利用いただけません。

制限を解除するには、Whois情報が正確であること、およびドメインの利用状況から登録者様の正当な意図が確認できることが必要です。お手数ですが、Whois情報をご確認のうえ、以下の項目をご記入いただき本メールにご返信ください。(ご利用のない項目は空欄のままで結構です)

 ---------------------------------------------
 ドメイン名 :
 お名前ID  :

 □ホームページ・ブログなどでご利用の場合
  公開の目的 :
  掲載内容  :
  該当URL  :

 □メール配信などでご利用の場合
  配信の目的 :
  配信対象  :
 ---------------------------------------------

ご返信の内容をもとに、弊社よりレジストリへ解除を申請いたします。レジストリの判断によっては解除できない場合もございますので、あらかじめご了承ください。

お名前.com ドメインサポート
GMOインターネット株式会社
""")

# 11 onamae.com - renewal charge failed, settle before expiry
add(src="https://onamae.com/guide/details.php?g=29",
    provider="お名前.com (GMO)", label="billing", ja=True,
    orig="2024-02-05", target="2028-05-15", time="09:00", tz="+0900",
    deadline="2024-02-29",
    frm="お名前.com <info@onamae.com>",
    to="shop@hinode-kobo.example",
    subject="【お名前.com】ドメイン更新料金の決済ができませんでした(精算待ち)",
    body="""━━お名前.com by GMO ━━━━━━━━━━━━━━━━━━━━━━━━━━
━━━━━━━━━━━━━━━ ドメイン公式登録サービス ━━━━━
※お心当たりのない場合は、本メールを破棄してください。

お名前.comをご利用いただき、まことにありがとうございます。

下記ドメインの自動更新にあたり、ご登録のお支払い方法で決済を行いましたが、完了いたしませんでした。現在、ご請求のステータスは「課金失敗/精算待ち」となっております。

 ■対象ドメイン :hinode-kobo.example
 ■更新年数   :1年
 ■ご請求金額  :1,628円(税込)
 ■登録期限日  :[[2024-02-29|jaw]]

登録期限日までに精算が確認できない場合、ドメインは失効し、ホームページやメールがご利用いただけなくなります。以下の手順で精算をお願いいたします。

 1. お名前.com Naviにログインし、画面右上の「マイページ」を開く
 2. 「お支払情報」欄「ドメインサービス」の「ご請求情報」を選ぶ
 3. ご請求情報一覧で、ステータス「課金失敗/精算待ち」をクリック
 4. 内容を確認し(カードを変更する場合は「お支払い方法の変更」から)、同意欄にチェックを入れて「確定」

精算が完了しますと、お名前.com会員の連絡先メールアドレスへ完了のお知らせをお送りします。
※本メールと行き違いでお手続きいただいた場合はご容赦ください。

お名前.com
""")

# 12 Xserver - traffic far above plan guideline, reduce or change plan
add(src="https://ysklog.net/server/2775.html",
    provider="Xserver (エックスサーバー)", label="action-required", ja=True,
    orig="2014-06-17", target="2028-05-25", time="16:47", tz="+0900",
    deadline="none",
    frm="Xserver カスタマーサポート <support@xserver.ne.jp>",
    to="saeki@minamo-blog.example",
    subject="【重要】Xserver お客様のサーバーアカウントにおける高い転送量について",
    body="""佐伯 様

平素は当サービスをご利用いただき誠にありがとうございます。
Xserver カスタマーサポートでございます。

ご利用中のサーバーアカウント(サーバーID:minamoblog / sv4127.xserver.jp)におきまして、ご契約プランで快適にご利用いただける目安を大きく超える転送量が発生しております。

 ・ご契約プラン :X10(転送量の目安 50GB/日)
 ・直近1日の転送量:101GB以上
 ・アクセスの多いドメイン:minamo-blog.example
  ※弊社で簡易的に確認した結果です。原因の特定にお役立てください。

 ▼サーバー仕様(転送量の目安)
 http://www.xserver.ne.jp/man_server_spec.php

このままの状態が続きますと、同じサーバーをご利用の他のお客様や、ネットワーク全体に影響が及ぶおそれがございます。
お手数ではございますが、以下のいずれかのご対応をご検討くださいますようお願いいたします。

 1. 画像・動画ファイルの軽量化や外部サービスからの配信などによる転送量の削減
 2. 上位プラン(X20/X30)へのプラン変更
 3. 想定していないアクセス(クローラー、不正なアクセス等)の有無のご確認

状況の改善が見られない場合には、他のお客様への影響を避けるため、転送速度の制限などの措置をとらせていただくことがございます。あらかじめご了承ください。

ご不明な点がございましたら、本メールへご返信ください。

--
エックスサーバー株式会社
Xserver カスタマーサポート
""")

# 13 wpX (Xserver group) - IP address changed to evade a DDoS; external DNS users must update
add(src="https://yome-talk.com/wpx-cloud-serverdown-fukkyu-taisyo-ddos_attack-904/",
    provider="wpX (エックスサーバー)", label="action-required", ja=True,
    orig="2017-10-19", target="2028-05-30", time="21:05", tz="+0900",
    deadline="none",
    frm="wpX カスタマーサポート <support@wpx.ne.jp>",
    to="web@hanamizuki-clinic.example",
    subject="【wpX】■重要■サーバーID「hmclinic」におけるDDoS攻撃の回避を目的としたIPアドレスの変更に関するお知らせ",
    body="""平素は当サービスをご利用いただき誠にありがとうございます。
wpX カスタマーサポートでございます。

サーバーID「hmclinic」をご利用いただいている『cloud118.wpx.ne.jp』の一部のお客様環境で、本日16時14分頃より、DDoS攻撃の影響によるアクセス障害が断続的に発生しております。

攻撃が長時間にわたり収まらないため、当サービスでは攻撃を回避する目的で、サーバーID「hmclinic」に割り当てているIPアドレスを変更いたしました。

 変更前のIPアドレス:198.51.100.23
 変更後のIPアドレス:198.51.100.87
 変更日時     :[[2017-10-19|ja]] 20時35分

この変更により、アクセス障害は順次解消に向かう見込みです。

■当サービスのネームサーバーをご利用の場合
 DNS情報は当サービス側で変更済みのため、お客様による作業は不要です。反映までに最大で数時間かかる場合がございます。

■他社のネームサーバー(外部DNS)をご利用の場合
 Aレコードなど、旧IPアドレスを直接指定している箇所を、お客様ご自身で新しいIPアドレスへ変更してください。変更されない限り、Webサイトへアクセスできない状態が続きます。

攻撃の状況によっては、再度IPアドレスを変更させていただく可能性がございます。ご迷惑をおかけし誠に申し訳ございませんが、何卒ご理解賜りますようお願い申し上げます。

--
wpX カスタマーサポート
""")

# 14 Xserver Domain - suspicious-login email verification from a fixed date
add(src="https://www.xdomain.ne.jp/./news_detail.php?view_id=12472",
    provider="Xserver (エックスサーバー)", label="informational", ja=True,
    orig="2024-04-10", target="2028-05-17", time="15:00", tz="+0900",
    deadline="2024-04-22",
    frm="Xserverドメイン <support@xdomain.ne.jp>",
    to="admin@sakuragaoka-dental.example",
    subject="【Xserverドメイン】【[[2024-04-22|md]]実施】セキュリティ強化を目的としたログイン認証導入のお知らせ",
    body="""平素は当サービスをご利用いただき、誠にありがとうございます。

不正アクセスを防ぐためのセキュリティ強化の一環として、Xserverアカウントへのログインの仕組みを一部変更いたします。

-----------------------------------------------------------------------
■実施日時
 [[2024-04-22|jaw]] 正午

■変更内容
 これまでと異なるIPアドレスや端末からのログインなど、不審なログインを検知した場合に、認証コードの入力画面を表示します。
 ご登録メールアドレス宛に届く認証コードを入力いただくことで、ログインが完了します。

■「不審なログイン時の認証」を無効にする場合
 Web制作会社の方など、ご登録メールアドレスを確認できない方がログインする運用の場合は、
 Xserverアカウント内「登録情報確認・編集」にある「不審なログイン時の認証」を「OFF」に変更してください。
 実施日より前に、あらかじめ「OFF」にしておくことも可能です。
-----------------------------------------------------------------------

より安心してご利用いただくための対応となりますので、ご理解とご協力のほどよろしくお願い申し上げます。

Xserverドメイン サポート
""")

# 15 AWS (Japanese) - Japan consumption tax on AWS Marketplace purchases from foreign sellers
add(src="https://aws.amazon.com/jp/local/invoice-faq/",
    provider="AWS", label="pricing", ja=True,
    orig="2025-02-17", target="2028-05-09", time="08:30", tz="+0000",
    deadline="2025-04-01",
    frm="Amazon Web Services <no-reply-aws@amazon.com>",
    to="aws-billing@tsubasa-gakuen.example",
    subject="AWS Marketplace でのご購入に係る日本の消費税の取扱い変更について([[2025-04-01|ja]] より)",
    body="""AWS をご利用のお客様

平素より Amazon Web Services(AWS)をご利用いただき、ありがとうございます。

AWS アカウント ID:4417-2290-8836

日本の消費税法の改正により、[[2025-04-01|jaw]] からプラットフォーム課税(特定プラットフォーム事業者に対する課税)が始まります。これに伴い、同日以降、日本所在と判定されるお客様が AWS Marketplace を通じて国外事業者の出品者から購入されるサービスについて、日本の消費税(10%)を AWS がご請求に含めて徴収します。

■ 変更の概要
 ・対象:日本所在のお客様による、国外事業者(出品者)からの AWS Marketplace 経由の電気通信利用役務のご購入
 ・適用:[[2025-04-01|ja]](UTC)以降に発生するご利用分
 ・請求書:対象取引の請求書には消費税額が明記され、従来の出品者別の請求に加えて消費税の項目が表示されます

■ [[2025-03-31|ja]] までのご利用分
 従来どおりの取扱いとなり、変更はありません。

■ お客様にお願いしたいこと
 通常、特別なご対応は不要です。請求先住所と税務登録番号(TRN)が正しく登録されていることを、Billing and Cost Management コンソールの[税金設定]でご確認ください。所在地の判定はこれらの情報に基づいて行われます。

詳しくは、AWS ウェブサイトの「インボイス(適格請求書)についてのよくあるご質問」をご覧ください。

Amazon Web Services
本メールは送信専用アドレスから送信されています。
""")

# 16 Google Cloud - Japan billing account migration, possibly two invoices (English original)
add(src="https://support.google.com/cloud/answer/9175529?hl=es&ref_topic=7523058",
    provider="Google Cloud", label="billing",
    orig="2018-11-20", target="2028-05-23", time="18:00", tz="-0800",
    deadline="none",
    frm="Google Cloud Billing <billing-noreply@google.com>",
    to="finance@mikawa-robotics.example",
    subject="Changes to your Google Cloud Platform billing account in Japan [01A2B3-C4D5E6-F7A8B9]",
    body="""Hello Mikawa Robotics billing administrator,

You are receiving this message because you administer the Google Cloud Platform billing account below, which has a billing address in Japan.

  Billing account: Mikawa Robotics (01A2B3-C4D5E6-F7A8B9)

What is changing
We are moving billing accounts in Japan onto an updated billing system this month. Because the move happens partway through the month, you may receive two invoices covering [[2018-11-20|monthyear]] instead of the usual one. The two invoices together cover the whole month. From the following month onward you will again receive a single monthly invoice.

What is not changing
- Prices: the move does not change what you pay for any GCP product.
- Currency: if you pay in USD today you keep paying in USD; if you pay in JPY you keep paying in JPY.
- Tax: Japanese Consumption Tax (JCT) continues to be charged as before.
- Your account and resources: projects keep running and nothing needs to be reconfigured.

Paying in Japanese yen (optional)
After [[2018-12-15|en]] you will be able to create a new billing account that pays in JPY and move your projects to it. Contact Google Cloud Billing Support if you would like help with that.

No action is required from you.

Thank you for using Google Cloud Platform.

The Google Cloud Billing Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to your Google Cloud Platform account.
""")

# 17 Google Cloud (Japanese) - Container Registry shutdown, migrate to Artifact Registry
add(src="https://cloud.google.com/artifact-registry/docs/transition/prepare-gcr-shutdown?authuser=00&hl=ja",
    provider="Google Cloud", label="action-required", ja=True,
    orig="2025-01-21", target="2028-05-26", time="01:10", tz="-0800",
    deadline="2025-03-18",
    frm="Google Cloud <CloudPlatform-noreply@google.com>",
    to="devops@hoshizora-games.example",
    subject="[対応必須] [[2025-03-18|ja]] に Container Registry への書き込みが停止されます - Artifact Registry へ移行してください",
    body="""MY CONSOLE

Google Cloud をご利用のお客様

プロジェクト hoshizora-prod-3381 では、現在も Container Registry(gcr.io)にイメージが保存され、使用されています。Container Registry は非推奨となっており、次のスケジュールで段階的に停止されます。

  ・[[2025-03-18|ja]]:Container Registry へのイメージの書き込み(push)ができなくなります。
  ・[[2025-04-22|ja]]:Container Registry からのイメージの読み取り(pull)ができなくなり、保存済みのイメージにアクセスできなくなります。
  ・[[2025-05-22|ja]]:gcr.io へのリクエストは Artifact Registry の gcr.io リポジトリでのみ処理されます。Artifact Registry にコピーされていないイメージは利用できなくなります。

必要なご対応

Container Registry のイメージを今後も使用する場合、または Container Registry に依存するサービス(App Engine など)を使用している場合は、[[2025-03-18|ja]] までに Artifact Registry へ移行してください。

  1. Container Registry 使用状況ツールで、プロジェクト、フォルダ、組織の中で Container Registry を使っている箇所を確認します。
  2. Artifact Registry に gcr.io リポジトリを作成し、既存のイメージをコピーします。gcr.io へのリクエストは自動で Artifact Registry に振り向けられるため、既存のイメージパスを書き換える必要はありません。
  3. CI/CD やデプロイで使用しているサービス アカウントに、Artifact Registry の適切な IAM ロールが付与されているか確認します。

Artifact Registry の料金体系は Container Registry と異なります。移行の前に料金ページをご確認ください。

ご不明な点は、Google Cloud サポートまでお問い合わせください。

(c) 2025 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
このメールは、Google Cloud のご利用に影響する重要な変更をお知らせするために送信されています。
""")

# 18 Google Cloud (Japanese) - API key found public on GitHub
add(src="https://trslog.com/post-4836",
    provider="Google Cloud", label="security-incident", ja=True,
    orig="2019-10-13", target="2028-05-14", time="22:31", tz="-0700",
    deadline="none",
    frm="Google Cloud Platform <CloudPlatform-noreply@google.com>",
    to="trs.dev@kurumi-works.example",
    subject="Google Cloud Platform または API プロジェクト kurumi-map-app(ID: kurumi-map-app-2207)の認証情報が不正使用された可能性があります",
    body="""Google Cloud Platform / API をご利用のお客様

次の Google Cloud Platform プロジェクトに関連付けられた Google API キーが、一般に公開されていることを検出しました。

  プロジェクト:kurumi-map-app(ID: kurumi-map-app-2207)
  API キー  :AIzaSy*******************************Qm4E
  公開されていた場所:https://github.com/kurumi-works/map-demo/blob/master/js/config.js

このキーは、GitHub などの公開リポジトリやウェブサイトに誤ってアップロードされたものと考えられます。プロジェクトやアカウントに紐づくキーの保護は、オーナーであるお客様の責任となりますので、以下の手順で速やかに対処されることをおすすめします。

■ キーを意図して公開している(公開せざるを得ない)場合
  ・Cloud Console にログインし、API の使用状況と請求アクティビティが想定どおりであるかを確認してください。
  ・可能であれば、API キーに API の制限と、HTTP リファラーなどのアプリケーションの制限を設定してください。

■ キーを公開するつもりがなかった場合
  ・Cloud Console の[認証情報]で該当キーを開き、[キーを再生成]でキーをローテーションしてください。
  ・公開されていたソースコードからキーを取り除き、リポジトリのコミット履歴からも削除してください。
  ・請求レポートを確認し、心当たりのない利用がないか確認してください。

詳しい手順は、ヘルプセンターの「漏洩した GCP 認証情報への対処」をご覧ください。

Google Cloud Platform チーム
""")

# 19 Azure (Japanese) - unused subscription will be blocked after 30 days
add(src="https://learn.microsoft.com./ja-jp/azure/cost-management-billing/manage/avoid-unused-subscriptions",
    provider="Microsoft Azure", label="action-required", ja=True,
    orig="2025-06-02", target="2028-05-20", time="06:00", tz="+0000",
    deadline="2025-07-02",
    frm="Microsoft Azure <azure-noreply@microsoft.com>",
    to="cloud-admin@shirakawa-design.example",
    subject="対応が必要です: 未使用の Azure サブスクリプション \"Shirakawa-Dev-01\" は [[2025-07-02|ja]] にブロックされます",
    body="""Azure をご利用のお客様

サブスクリプション名: Shirakawa-Dev-01
サブスクリプション ID: 5c1e8a2b-7d43-4f96-b0aa-3e9d2c6f8b15

このサブスクリプションでは、過去 12 か月以上にわたって、リソースの使用、アクティビティ、サポート リクエストのいずれも確認されていません。使われないまま残されたサブスクリプションは、乗っ取りなどのセキュリティ リスクにつながるおそれがあるため、Microsoft では保護を目的として、未使用のサブスクリプションを一定期間後にブロックしています。

[[2025-07-02|ja]](本通知の 30 日後)までにこのサブスクリプションの利用が確認されない場合、サブスクリプションはブロックされ、リソースの作成や変更などの操作ができなくなります。ブロック後に再び使用するには、Azure サポートへの問い合わせが必要になります。

必要な対応
- 今後も使用する場合: [[2025-07-02|ja]] までに Azure portal にサインインし、リソースのデプロイなど、このサブスクリプションで何らかの操作を行ってください。利用が確認されると、通常の状態に戻り、ブロックの対象から外れます。
- 使用する予定がない場合: サブスクリプションのキャンセルをご検討ください。

この措置は、Microsoft Online Services Program (MOSP)、クラウド ソリューション プロバイダー (CSP)、および Web サイトまたは Azure portal から購入した Microsoft 顧客契約 (MCA) などのサブスクリプションが対象です。

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
プライバシーに関する声明
""")

# 20 Azure (Japanese) - removal of old Storage service versions postponed
add(src="https://azure.microsoft.com/ja-jp/blog/azure-storage-service-version-update-2016/",
    provider="Microsoft Azure", label="informational", ja=True,
    orig="2016-07-15", target="2028-05-27", time="09:00", tz="-0700",
    deadline="none",
    frm="Microsoft Azure <azure-noreply@microsoft.com>",
    to="platform@yumeji-soft.example",
    subject="Azure Storage: 旧サービス バージョン (2009-07-17 以前) の削除を延期します",
    body="""Azure Storage をご利用のお客様

[[2015-12-15|ym]]、2009-07-17 以前の Azure Storage REST サービス バージョンを [[2016-08-01|ja]] に削除する予定であることをお知らせしました。その後いただいたフィードバックを踏まえ、アップグレードの時間を十分に取っていただけるよう、この削除を延期することにしました。

- [[2016-08-01|ja]] の削除は行いません。該当するバージョンを指定したリクエストも、引き続き処理されます。
- 新しい削除日は、実施の 12 か月前までにあらためてお知らせします。

なお、旧バージョンには新機能やパフォーマンスの改善が反映されないため、最新のバージョンへのアップグレードを引き続きおすすめします。

アップグレードの進め方
1. アプリケーションが使用している REST バージョンを確認します。Azure Storage を呼び出すコンポーネントやコードを把握している場合はそれを確認し、把握しきれない場合はストレージ分析ログを有効にして、リクエストに記録されるバージョンを確認してください。
2. 使用しているクライアント ライブラリや SDK を最新版に更新します。
3. テスト環境で動作を確認してから、本番環境に展開します。

今後とも Microsoft Azure をよろしくお願いいたします。

Microsoft Azure Storage チーム
""")

# 21 NIFTY (@nifty) - outgoing mail limited after mass sending from the account
add(src="https://megalodon.jp/ref/2014-0512-0942-40/notes.hatenablog.jp/entry/2014/05/08/121320",
    provider="NIFTY (@nifty / NIFCLOUD)", label="abuse", ja=True,
    orig="2014-05-08", target="2028-05-13", time="09:30", tz="+0900",
    deadline="none",
    frm='"@nifty" <info@nifty.com>',
    to="kazu-yamane@mail-home.example",
    subject="【@nifty】メール送信数の制限を実施いたしました(@nifty ID:ABC01234)",
    body="""@nifty ID:ABC01234 様

平素は @nifty(アット・ニフティ)をご利用いただき、誠にありがとうございます。

このたび、お客様の @nifty ID から短時間に大量のメールが送信されており、このまま継続した場合、弊社のメール設備に重大な支障をきたすおそれがあることを確認いたしました。

弊社では、お客様の責任のもとでサービスをできる限り自由にご利用いただいておりますが、「@niftyの設備の利用もしくは運営に支障を与える行為(与えるおそれのある行為を含みます)」は、@nifty会員規約第18条(14)により禁止しております。
本件は緊急性が高いと判断したため、@nifty会員規約第29条に基づき、やむを得ずメールの【送信数】に制限(Webメール、SMTP認証によるメール送信)をかけております。

 ■確認した送信状況
  期間 :[[2014-05-07|mdw]] 21時頃 ~ [[2014-05-08|mdw]] 3時頃
  送信数:約18,400通

お心当たりがない場合は、ご利用のパソコン等のウイルス感染や、第三者による ID・パスワードの不正利用が考えられます。
制限の解除をご希望の場合は、下記の手順でご対応のうえ、カスタマーサービスデスクまでご連絡ください。

 ■対応手順
 ------------------------------------------------------------
 <1.ウイルスの駆除>
  お使いのウイルス対策ソフトの定義ファイルを最新の状態にし、すべての端末でウイルスチェックと駆除を行ってください。
 <2.パスワードの変更>
  「ログインパスワード」と「メールパスワード」の両方を変更してください。
 <3.ご連絡>
  上記が済みましたら、カスタマーサービスデスクへ制限解除をお申し出ください。
 ------------------------------------------------------------

ニフティ株式会社 @nifty カスタマーサービスデスク
""")

# 22 NIFTY (@nifty) - third-party logins viewed customer info page (165 IDs)
add(src="https://news.mynavi.jp/article/20140124-a176/",
    provider="NIFTY (@nifty / NIFCLOUD)", label="security-incident", ja=True,
    orig="2014-01-24", target="2028-05-28", time="18:00", tz="+0900",
    deadline="none",
    frm='"@nifty セキュリティ窓口" <security-info@nifty.com>',
    to="h.morita@mail-home.example",
    subject="【重要】@nifty IDへの不正ログインに関するお詫びとパスワード再設定のお願い",
    body="""@nifty ID:DEF56789 様

平素より @nifty をご利用いただき、誠にありがとうございます。

特定の IP アドレスからの不正なログインにより、お客様の @nifty ID で「お客様情報一覧」ページが閲覧された可能性があることが判明いたしました。ご心配とご迷惑をおかけしておりますことを、心よりお詫び申し上げます。

■ 発生状況
 ・不正ログインの日時:[[2014-01-16|jaw]] 午前1時57分 ~ 午前6時37分
 ・弊社での確認   :[[2014-01-22|jaw]] 午前10時
 ・対象      :165 ID(お客様の ID が含まれます)
 ・該当 IP アドレスからのアクセスは、現在遮断しております。

■ 閲覧された可能性のある情報(ご契約コースにより異なります)
 氏名、住所、電話番号、生年月日、性別、秘密の質問、ご契約状況、ご利用料金、メールアドレス など
 ※クレジットカード情報は一部を伏せて表示しているため、決済手段としては利用できません。

現時点で、会員情報の改ざんや有料サービスの不正利用は確認されておりません。また、今回使われた ID とパスワードは弊社から流出したものではなく、他社サービス等で用いられていたものが不正に入手され、ログインに使われたものと考えております。

■ お願い
 お手数ですが、@nifty のログインパスワードを、他のサービスで使用していない新しいものに再設定してください。
 再設定は @nifty 会員サポートページの「ID・パスワード」から行えます。

弊社では今後、不正ログインを検知して遮断する仕組みを強化するとともに、二要素認証の導入など認証の安全性向上に取り組んでまいります。

ニフティ株式会社
""")

# 23 NIFCLOUD - merged into FJcloud-V, rename only
add(src="https://customer.nifcloud.com/payment/howtocheck.html",
    provider="NIFCLOUD (FJcloud-V)", label="informational", ja=True,
    orig="2024-03-01", target="2028-05-21", time="10:00", tz="+0900",
    deadline="2024-04-01",
    frm="ニフクラ <info@support.nifcloud.com>",
    to="infra@kaede-trading.example",
    subject="【重要なお知らせ】ニフクラのFJcloud-Vへの統合とサービス名称変更について([[2024-04-01|ja]])",
    body="""ニフクラをご利用のお客様

平素よりニフクラをご利用いただき、誠にありがとうございます。

[[2024-04-01|jaw]]をもって、「ニフクラ」は「FJcloud-V」に統合され、名称が「FJcloud-V」に変わります。

■ お客様への影響
 ・ご利用中のサーバー、ディスク、ネットワーク等のリソース、APIエンドポイント、料金、お支払い方法に変更はありません。
 ・コントロールパネル、契約管理メニュー、サポートサイトなどのアドレス(「nifcloud.com」を含むドメイン名)は、当面変更いたしません。
 ・統合日以降、各ページ、マニュアル、請求書等に記載された「ニフクラ」「NIFCLOUD」「nifcloud」は、「FJcloud-V」と読み替えていただきますようお願いいたします。

■ お客様のご対応
 特に必要な作業はございません。社内の管理台帳や申請書類などでサービス名を管理されている場合は、必要に応じて名称の更新をお願いいたします。

今後ともよろしくお願い申し上げます。

ニフクラ サポートセンター
""")

# 24 SAKURA internet - Meltdown / Spectre, root-privilege services need customer patching
add(src="https://blog.n-etupirka.net/archives/309",
    provider="さくらインターネット", label="security-advisory", ja=True,
    orig="2018-01-12", target="2028-05-18", time="19:12", tz="+0900",
    deadline="none",
    frm="さくらインターネット <support@sakura.ad.jp>",
    to="tanaka@yukimi-lab.example",
    subject="【重要】MeltdownおよびSpectre(CPUの脆弱性)による弊社サービスへの影響について",
    body="""会員ID:abc12345
ご契約者名:雪見ラボ 様

平素よりさくらインターネットをご利用いただき、誠にありがとうございます。

[[2018-01-03|jaw]]、GoogleのセキュリティチームProject Zeroにより、CPUの投機的実行という高速化の仕組みを悪用する3件の脆弱性(通称MeltdownおよびSpectre:CVE-2017-5753、CVE-2017-5715、CVE-2017-5754)が公表されました。悪用された場合、サーバー上のメモリに置かれたデータを、別のプログラムから読み取られるおそれがあります。

弊社サービスへの影響と、お客様にお願いしたい対応を以下にまとめました。

■ お客様による対応が不要なサービス
 ・さくらのレンタルサーバ
 ・さくらのレンタルサーバ リセールサービス
 ・さくらのマネージドサーバ
 ※弊社にて順次対策を行います。

■ お客様による対応が必要なサービス(root権限をお渡ししているサービス)
 ・さくらのVPS
 ・さくらのクラウド
 ・さくらの専用サーバ
 ご利用のOSのベンダーから修正済みのカーネル等が公開されましたら、お客様ご自身でアップデートを適用し、再起動してください。
 例えばCentOS 7では「yum update kernel」の実行後に再起動し、「uname -r」で新しいカーネルに切り替わったことを確認できます。
 ディストリビューションごとに公開時期が異なりますので、各ベンダーの情報をご確認ください。yum以外の方法で導入したソフトウェアは、アップデート後に動作をご確認ください。

■ ホストサーバーへの対策
 弊社設備側の対策は準備が整い次第実施し、影響がある場合はメンテナンスとして別途ご案内いたします。

新たな情報が判明した場合は、サポートサイトにてお知らせいたします。

さくらインターネット株式会社
カスタマーセンター
""")

# 25 SAKURA internet - QEMU fix needs stop/start of the VPS before a date
add(src="https://blog.makotokw.com/2015/08/08/sakura-vps-vm-stop-and-launch/",
    provider="さくらインターネット", label="action-required", ja=True,
    orig="2015-08-06", target="2028-05-10", time="14:00", tz="+0900",
    deadline="2015-08-23",
    frm="さくらインターネット <support@sakura.ad.jp>",
    to="ops@tsukishiro-net.example",
    subject="【重要】【さくらのVPS】QEMU脆弱性対応に伴う仮想サーバの停止・起動のお願い",
    body="""会員ID:xyz98765
ご契約者名:月白ネット 様

平素よりさくらインターネットをご利用いただき、誠にありがとうございます。

「さくらのVPS」で使用している仮想マシンエミュレータQEMUについて、仮想サーバの内部からホストサーバや同じホスト上の別の仮想サーバを不正に操作できるおそれのある脆弱性が公表されました。

弊社ではすでにホストサーバへの修正を適用しておりますが、この修正をお客様の仮想サーバに反映させるためには、仮想サーバをいったん「停止」したうえで「起動」していただく必要がございます。

■ 対象
 [[2014-11-27|ja]]以降にご契約いただいたVPS
 お客様の対象サーバ:tk2-218-12345(203.0.113.14)

■ お願い
 [[2015-08-23|jaw]] 23:59までに、以下のいずれかの方法で停止・起動を行ってください。
 ・OS上でシャットダウン(例:shutdown -h now)した後、VPSコントロールパネルの「起動」を押す
 ・VPSコントロールパネルから「強制停止」を行い、続けて「起動」を押す
 ※OS内部からの再起動(rebootコマンド等)では修正が反映されません。

■ 期限までに実施されなかった場合
 [[2015-08-24|jaw]]以降、弊社にて対象の仮想サーバを順次停止・起動いたします。作業の時刻を個別にお知らせすることはできませんので、あらかじめご了承ください。

お客様にはご不便をおかけいたしますが、ご協力のほどよろしくお願い申し上げます。

さくらインターネット株式会社
""")

# 26 SAKURA internet - re-invoice for unpaid monthly charge, stop date
add(src="https://help.sakura.ad.jp/purpose_beginner/2543",
    provider="さくらインターネット", label="billing", ja=True,
    orig="2024-01-06", target="2028-05-26", time="10:00", tz="+0900",
    deadline="2024-01-13",
    frm="さくらインターネット <info@sakura.ad.jp>",
    to="keiri@hinata-shoji.example",
    subject="【さくらインターネット】[再請求][[2023-12-10|m]]ご請求分のお支払いのお願い(会員ID:hnt24680)",
    body="""会員ID:hnt24680
ご契約者名:日向商事株式会社 様

平素よりさくらインターネットをご利用いただき、誠にありがとうございます。

[[2023-12-10|jaw]]にご請求いたしました下記のご利用料金について、本日までにお支払いを確認できておりません。
お手数ではございますが、お支払い期限までにお手続きくださいますようお願いいたします。

 ■ 請求番号  :INV-7731402
 ■ ご請求日  :[[2023-12-10|ja]]
 ■ 対象サービス:さくらのレンタルサーバ スタンダード(サービスコード:110012345678)
 ■ ご請求金額 :6,286円(税込)
 ■ お支払い期限:[[2024-01-13|jaw]]

お支払い期限までにご入金が確認できない場合、[[2024-01-14|jaw]]に上記サービスを停止いたします。
停止後の復旧をご希望の場合も、お支払いの完了後にお手続きいただく必要がございます。

お支払い状況の確認やお支払い方法の変更は、会員メニューの「契約情報」>「支払状況」から行えます。

※本メールと行き違いでお支払いいただいた場合は、何卒ご容赦ください。

さくらインターネット株式会社 料金担当
""")

# 27 Alibaba Cloud (Japanese) - classic-network ECS end of life
add(src="https://alibabacloud.com/help/ja/ecs/end-of-sale-announcement-for-ecs-instances-of-the-classic-network-type",
    provider="Alibaba Cloud (Aliyun)", label="action-required", ja=True,
    orig="2024-07-10", target="2028-05-15", time="11:00", tz="+0800",
    deadline="2025-02-28",
    frm="Alibaba Cloud <no-reply@notice.alibabacloud.com>",
    to="cloud@nishiki-foods.example",
    subject="【Alibaba Cloud】重要:クラシックネットワークのECSインスタンスは[[2025-02-28|ja]]にEOLとなります",
    body="""Alibaba Cloud をご利用のお客様

アカウントID:5812********3307

お客様のアカウントには、クラシックネットワーク上に配置された Elastic Compute Service(ECS)インスタンスが残っています。Alibaba Cloud は、クラシックネットワークの ECS インスタンスを [[2025-02-28|jaw]] に EOL(提供終了)といたします。インスタンスのリソースが解放されることを避け、業務を継続いただくため、できるだけ早く仮想プライベートクラウド(VPC)へ移行してください。VPC 上の ECS インスタンスは今回の EOL の影響を受けません。

■ 対象インスタンス
 i-t4n2c8h1k5w9(シンガポール/ecs.sn1ne.large)
 i-t4n7q3d0m2x6(シンガポール/ecs.sn1ne.xlarge)

■ スケジュール(UTC+8)
 ・[[2024-07-25|ja]] 00:00:更新・購入の制限開始
   既存インスタンスは [[2025-02-27|ja]] までの期間に限り更新でき、新規サブスクリプションの期間は最長 6 か月となります。
 ・[[2024-08-27|ja]] 00:00:販売の制限開始
 ・[[2025-02-28|ja]]:EOL。クラシックネットワークの ECS インスタンスは利用できなくなります。

■ 移行時の注意
 ・ECS コンソールの移行機能では、インスタンスの停止から VPC での起動まで約 15 分かかります。
 ・ゾーンをまたいで移行する場合、起動後もディスクデータの移行が続き(100 GiB あたり約 4 時間)、その間はディスクの I/O 性能が低下し、スナップショット等の操作ができません。
 ・移行後にクラシックネットワークへ戻すことはできません。
 ・MAC アドレスなどに紐づくソフトウェアライセンスは、移行後に再認証が必要になる場合があります。

移行ツール、ヘルプドキュメント、技術サポートをご用意しております。ご不明な点はチケットでお問い合わせください。

Alibaba Cloud
""")

# 28 Lolipop! - new "overseas attack guard" feature released
add(src="http://yamadatakuji.org/2017/10/23/2056/",
    provider="ロリポップ! (GMOペパボ)", label="informational", ja=True,
    orig="2017-10-23", target="2028-05-29", time="13:00", tz="+0900",
    deadline="none",
    frm="ロリポップ! <info@lolipop.jp>",
    to="mika@kotori-cafe.example",
    subject="【ロリポップ!】海外からの不正アクセスを防ぐ機能「海外アタックガード」をリリースしました",
    body="""いつもロリポップ!をご利用いただき、誠にありがとうございます。

[[2017-10-23|jaw]]、海外のIPアドレスからの不正なアクセスを防ぐ新機能「海外アタックガード」の提供を開始しました。

WordPressなどのCMSでは、サイトの改ざんを狙った不正ログインなどの攻撃が相次いでおり、その多くは海外のIPアドレスから行われています。海外アタックガードを有効にしておくと、こうした攻撃をサーバーの手前で防ぐことができます。

■機能の概要
 ̄ ̄ ̄ ̄ ̄ ̄ ̄ ̄ ̄ ̄ ̄ ̄ ̄ ̄ ̄
・すべてのプランで追加料金なしでご利用いただけます
・Googleなど主要な検索エンジンのクローラーはブロックしないよう配慮しています
・ガードの対象となるURLなどの詳細は、マニュアルをご確認ください

■海外から管理画面を操作されるお客様へ
 ̄ ̄ ̄ ̄ ̄ ̄ ̄ ̄ ̄ ̄ ̄ ̄ ̄ ̄ ̄ ̄ ̄ ̄ ̄
海外滞在中などにWordPressの管理画面へアクセスすると、「403 Error」と表示されることがあります。
その場合は、ユーザー専用ページの「セキュリティ」>「海外アタックガード」で、該当ドメインを一時的に「無効」にしてください。設定の反映には5~10分ほどかかります。

今後ともロリポップ!をよろしくお願いいたします。

GMOペパボ株式会社 ロリポップ!
""")

# 29 KAGOYA - registrant e-mail verification for a domain, deadline
add(src="https://support.kagoya.jp/vps/faq/index.php?sid=677127&lang=ja&action=artikel&cat=6&id=64&artlang=ja",
    provider="KAGOYA", label="action-required", ja=True,
    orig="2021-06-01", target="2028-05-22", time="09:12", tz="+0900",
    deadline="2021-06-16",
    frm="KAGOYA JAPAN ドメインサービス <domain-support@kagoya.jp>",
    to="webmaster@oboro-kogei.example",
    subject="【重要】登録者メールアドレスの有効性確認のお願い(oboro-kogei.example)",
    body="""oboro-kogei.example の登録者様

平素はカゴヤ・ジャパンのサービスをご利用いただき、誠にありがとうございます。

ドメイン名の管理を統括する国際機関ICANNの規定により、ドメイン名の登録者情報(Whois情報)として登録されているメールアドレスが実際に受信できることを確認させていただいております。

お手数ですが、下記の認証用URLにアクセスし、メールアドレスの確認を完了してください。

 ■ドメイン名    :oboro-kogei.example
 ■登録者メールアドレス:webmaster@oboro-kogei.example
 ■認証用URL    :https://registrant-verification.kagoya.jp/confirm?token=8f3c71a0e4d2b9
 ■認証期限     :[[2021-06-16|jaw]]

期限までに確認が取れない場合、当該ドメインのネームサーバーが認証用のサーバー(NS1~NS3.REGISTRANT-VERIFICATION.ISPAPI.NET)へ自動的に切り替わり、ホームページの閲覧やメールの送受信ができなくなります。
その場合でも、ブラウザで http://(ドメイン名)/ にアクセスして承認メールを再送し、認証を済ませていただければ、利用を再開できます。

※登録者情報を変更された場合にも、このメールをお送りしています。
※お心当たりがない場合は、KAGOYAサポートセンターまでお問い合わせください。

カゴヤ・ジャパン株式会社
""")

# 30 PHISHING imitating KAGOYA - "account deleted within 24 hours"
add(src="https://ymg.nagoya/?p=43464",
    provider="KAGOYA (phishing)", label="action-required", ja=True, phishing=True,
    orig="2026-02-05", target="2028-05-17", time="14:09", tz="+0900",
    deadline="2026-02-06",
    frm="カゴヤ お客様窓口 <usernakajimatoru4471nagoya@kagoya.net>",
    to="info@mizuho-seitai.example",
    subject="⚠ info 様 – mizuho-seitai.exampleアカウントが本日24時間以内に削除されます [Ref:qk7wz3p1x9dn4e]",
    body="""info 様

お客様の個人情報保護のため、至急のご対応をお願いいたします。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
🚨 最終通知:アカウント削除まで残りわずかです 🚨
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

弊社システムの定期点検の結果、お客様のメールアカウント(info@mizuho-seitai.example)の認証情報が長期間更新されていないことが判明しました。

このまま放置された場合、[[2026-02-06|ja0]] 14:09 をもってアカウントおよび保存中のすべてのメールが削除され、二度と復元できなくなります。

▼ 今すぐアカウントを保護する
https://kagoya-keep-account.app-deploy.example/verify?u=info%40mizuho-seitai.example

 ・確認手続きは一度だけで完了します
 ・所要時間は約1分です
 ・期限を過ぎた場合、理由を問わず復旧はできません

──────────────────────────────
カゴヤ・ジャパン株式会社 お客様窓口
※本メールは送信専用です
──────────────────────────────
""")

# 31 PHISHING imitating Lolipop! - mailbox over 90 %
add(src="https://masuih.lolipop.jp/blog2/?p=24369",
    provider="ロリポップ! (phishing)", label="action-required", ja=True, phishing=True,
    orig="2025-11-18", target="2028-05-25", time="03:12", tz="+0900",
    deadline="none",
    frm="メールサポートセンター <ds.lolipop.jp_mail-service-report@mailbox-alert.example>",
    to="hiro.m@ds-lolipop.example",
    subject="hiro.m@ds-lolipop.example 保存容量が90%を超えました",
    body="""容量残りわずかのご案内

hiro.m@ds-lolipop.example 様、

現在ご利用中のメールボックスの使用量が 90% を超えています。
空き容量がなくなると、新しいメールを受け取れなくなります。

容量を確保するには、次の対応をおすすめします。
 ・ゴミ箱と迷惑メールフォルダを空にする
 ・サイズの大きい添付ファイルを別の場所へ移す
 ・不要になった古いメールを整理する

▶ 今すぐ確認する
https://webmail-storage-check.mailbox-alert.example/login?user=hiro.m

このメールは送信専用アドレスから配信しています。
""")

# 32 PHISHING imitating SAKURA internet - "member ID and service" contract cancellation
add(src="https://ymg.nagoya/spam-mail-957/",
    provider="さくらインターネット (phishing)", label="action-required", ja=True, phishing=True,
    orig="2022-04-21", target="2028-05-31", time="02:45", tz="+0900",
    deadline="2022-04-25",
    frm="さくらインターネット <qzvmrt@fukuro-maneki.example>",
    to="contact@akane-shoten.example",
    subject="【重要】ご利用の会員IDとサービスについて(01003582)[[2022-04-21|slash]] 2:45:30",
    body="""さくらインターネットをご利用のお客様

平素よりさくらインターネットをご利用いただき、誠にありがとうございます。

お客様がご利用中の会員IDおよびご契約サービスについて弊社で確認を行ったところ、ご登録情報に不備があることが判明いたしました。
そのため、当社「基本約款」に基づき、下記サービスのご利用契約を解除する手続きを進めております。

 会員ID   :akn01003582
 対象サービス:さくらのレンタルサーバ スタンダード
 解除予定日 :[[2022-04-25|ja]]

ご契約の継続を希望される場合は、解除予定日までに下記ページからご登録情報の確認と更新を行ってください。

 ▼会員メニュー(ご登録情報の確認)
 https://secure-sakura-menu.fukuro-maneki.example/menu/login

 ▼基本約款
 https://secure-sakura-menu.fukuro-maneki.example/terms/

 ▼よくあるご質問
 https://secure-sakura-menu.fukuro-maneki.example/faq/

期限までにご対応いただけない場合、サービスは自動的に停止され、サーバー上のデータはすべて削除されます。

さくらインターネット株式会社
カスタマーセンター
""")


if __name__ == "__main__":
    main()
