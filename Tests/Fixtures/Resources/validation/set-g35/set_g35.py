#!/usr/bin/env python3
"""Validation batch g35 (August 2028): cloud/host/SaaS notices written after public originals.

Standard library only, deterministic.  Every notice is stored with the send date of its
original (``orig``) and the target send date in August 2028 (``target``); the difference is
the per-notice offset.  Dates inside subjects and bodies are written as
``[[YYYY-MM-DD|format]]`` using the ORIGINAL date and are shifted by that same offset when
the mbox is rendered.  The deadline is also given as an original date (or ``none``) and is
shifted the same way.
"""
import datetime as _dt
import email.charset
import email.header
import email.message
import email.utils
import mailbox
import os
import re
import sys

NAME = "g35"
BATCH_YEAR, BATCH_MONTH = 2028, 8
HERE = os.path.dirname(os.path.abspath(__file__))
MBOX = os.path.join(HERE, "set-%s.mbox" % NAME)

LABELS = ["abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"]

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
}
DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}

NOTICES = []


def add(**kw):
    NOTICES.append(kw)


def _d(s):
    return _dt.date(*map(int, s.split("-")))


def fmt_date(d, fmt):
    """Small deterministic strftime replacement with en/de/fr names.

    fmt may start with 'de:' or 'fr:'.  Tokens: %Y %y %m %d %-d %-m %B %b %A %a.
    """
    lang = "en"
    if fmt[:3] in ("de:", "fr:", "en:"):
        lang, fmt = fmt[:2], fmt[3:]
    out, i = [], 0
    while i < len(fmt):
        c = fmt[i]
        if c != "%":
            out.append(c)
            i += 1
            continue
        tok = fmt[i + 1]
        if tok == "-":
            tok2 = fmt[i + 2]
            out.append(str(d.day) if tok2 == "d" else str(d.month))
            i += 3
            continue
        if tok == "Y":
            out.append("%04d" % d.year)
        elif tok == "y":
            out.append("%02d" % (d.year % 100))
        elif tok == "m":
            out.append("%02d" % d.month)
        elif tok == "d":
            out.append("%02d" % d.day)
        elif tok == "B":
            out.append(MONTHS[lang][d.month - 1])
        elif tok == "b":
            out.append(MONTHS[lang][d.month - 1][:3])
        elif tok == "A":
            out.append(DAYS[lang][d.weekday()])
        elif tok == "a":
            out.append(DAYS[lang][d.weekday()][:3])
        elif tok == "%":
            out.append("%")
        else:
            raise ValueError("bad format token %r" % tok)
        i += 2
    return "".join(out)


PLACEHOLDER = re.compile(r"\[\[(\d{4}-\d{2}-\d{2})\|([^\]]+)\]\]")


def render(text, offset):
    def sub(m):
        return fmt_date(_d(m.group(1)) + offset, m.group(2))
    out = PLACEHOLDER.sub(sub, text)
    if "[[" in out or "]]" in out:
        raise ValueError("unrendered placeholder in: %r" % out[:80])
    return out


def enc_header(value):
    """ASCII header value; RFC 2047 encoded-words for non-ASCII text."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return email.header.Header(value, "utf-8").encode()


def enc_addr(addr):
    name, mail = email.utils.parseaddr(addr)
    if not name:
        return mail
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, mail))
    except UnicodeEncodeError:
        return "%s <%s>" % (email.header.Header(name, "utf-8").encode(), mail)


# ---------------------------------------------------------------------------
# Chunk 1: abuse reports and abuse-related suspensions
# ---------------------------------------------------------------------------

add(src="https://namecheap.com/support/knowledgebase/article.aspx/10729/93/what-to-do-when-my-private-email-mailbox-is-compromised",
    provider="Namecheap", label="abuse", orig="2023-05-16", target="2028-08-01",
    time="09:14:07", tz="-0400", deadline="none",
    frm="Namecheap Support <support@namecheap.com>",
    to="jmarlow@northfield-dental.example",
    subject="IMPORTANT: the Private Email Subscription northfield-dental.example [ jmarlow ] is suspended due to Email Misuse",
    body="""Hello,

This message comes from the Namecheap Customer Support team and concerns
your Namecheap account "jmarlow".

Our systems noticed a large number of near-identical messages waiting in the
outgoing queue of your Private Email subscription for the domain
northfield-dental.example.

To stop any further misuse, outgoing mail for this subscription has been
blocked. The most likely explanation is that one of the mailboxes, or the
subscription itself, has been taken over by a third party.

Please do the following without delay to secure your services:

- run a virus scan on your own computer and, if you have one, on your
  hosting account;
- set a new password for every Private Email mailbox involved, using the
  guide at https://www.namecheap.com/support/knowledgebase/article.aspx/1053/2215/how-to-change-namecheap-private-email-password/
- set a new password for your Namecheap account, using the guide at
  https://www.namecheap.com/support/knowledgebase/article.aspx/424/43/how-do-i-change-the-password-for-my-account/
- set a new password for the primary email address on your Namecheap
  account.

If you believe this notice reached you by mistake, simply reply to this
message and explain why. We are sorry for the trouble this causes.

Thank you, we look forward to hearing from you.

Kind regards,
Namecheap Customer Support
https://www.namecheap.com
""", phishing=False, ja=False)

add(src="https://github.com/toomuchio/plex-nginx-reverseproxy/issues/43",
    provider="Cloudflare", label="abuse", orig="2019-03-10", target="2028-08-02",
    time="18:40:51", tz="+0000", deadline="none",
    frm="Cloudflare <abusereply@cloudflare.com>",
    to="ops@harwick-media.example",
    subject="Cloudflare has deactivated stream.harwick-media.example",
    body="""Hello,

Because of a possible breach of our Terms of Service, Cloudflare has removed
your website stream.harwick-media.example from our network.

Visitors will now reach your origin server directly, where the site is
hosted. They no longer pass through Cloudflare and no longer receive the
performance and security features that came with it.

You can read Cloudflare's Terms of Service at
https://www.cloudflare.com/terms/.

Questions about this decision can be sent by email to
abusereply@cloudflare.com.

Thank you for using Cloudflare.

The Cloudflare Team
""", phishing=False, ja=False)

add(src="https://help.mailgun.com/hc/en-us/articles/202051664-My-domain-has-been-disabled-Now-what",
    provider="Mailgun", label="abuse", orig="2022-02-14", target="2028-08-03",
    time="13:02:44", tz="+0000", deadline="none",
    frm="Mailgun Support <support@mailgun.com>",
    to="platform@brightkettle.example",
    subject="Your sending domain mg.brightkettle.example has been disabled",
    body="""Hi there,

Sending from the domain mg.brightkettle.example in your Mailgun account has
been switched off temporarily. Traffic from this domain went over the limits
we enforce to protect both your sending reputation and our shared
infrastructure.

What we measured over the last 24 hours:

  Domain:            mg.brightkettle.example
  Messages accepted: 18,942
  Hard bounces:      2,611 (13.8 %)
  Spam trap hits:    yes (several, from more than one list provider)
  Status:            disabled

These thresholds exist so that a compromised application, or a large
mistake inside your organisation, does not destroy the reputation attached
to your domain and IP addresses. Without that reputation, your mail will
stop reaching inboxes.

In our experience the usual cause is a poor recipient list: old or invalid
addresses and spam traps that mailbox providers recognise quickly. Your
logs show which messages bounced, and your suppression list shows the
addresses we have already stopped sending to.

Before asking us to re-enable the domain, please:

  * change the SMTP credentials or API key in the control panel if you
    suspect your application was abused;
  * remove invalid addresses from the list you sent to;
  * send only to people who asked to hear from you, ideally confirmed
    through an opt-in email;
  * validate addresses at the point of sign-up;
  * never buy lists or collect addresses by scraping websites.

Once this is done, open a ticket from the Support page of your Mailgun
control panel and tell us what you changed. We will review the domain and
get back to you.

Sinch Mailgun Support
""", phishing=False, ja=False)

add(src="https://scaleway.com/fr/abuse-notice",
    provider="Scaleway", label="abuse", orig="2024-03-12", target="2028-08-04",
    time="10:05:19", tz="+0200", deadline="none",
    frm="Scaleway Abuse <abuse@scaleway.com>",
    to="tech@atelier-verdon.example",
    subject="[Scaleway] Nouveau signalement d'abus concernant votre ressource 198.51.100.87 (dossier AB-41873-KQ)",
    body="""Bonjour,

L'équipe Abuse de Scaleway a reçu et validé un signalement visant une
ressource rattachée à votre Organisation. Conformément à notre politique de
traitement des abus, nous vous le transmettons afin que vous puissiez
prendre les mesures correctives nécessaires.

Dossier :          AB-41873-KQ
Type d'abus :      Bruteforce
Ressource :        Instance « prod-web-02 », IP publique 198.51.100.87
Zone :             fr-par-2
Date des faits :   [[2024-03-11|fr:%d/%m/%Y]], à partir de 22:47 UTC

Description transmise par le plaignant :
« Nombreuses tentatives de connexion SSH (port 22) avec des couples
identifiant / mot de passe différents, visant notre serveur 203.0.113.45,
plus de 9 000 essais en une heure. »

Extrait des journaux fourni :
  [[2024-03-11|%Y-%m-%d]]T22:47:03Z 198.51.100.87 -> 203.0.113.45:22 auth failed user=admin
  [[2024-03-11|%Y-%m-%d]]T22:47:04Z 198.51.100.87 -> 203.0.113.45:22 auth failed user=root
  [[2024-03-11|%Y-%m-%d]]T22:47:04Z 198.51.100.87 -> 203.0.113.45:22 auth failed user=oracle

Ce comportement laisse penser que votre instance est compromise ou utilisée
à votre insu. Nous vous recommandons notamment de :
  - sauvegarder les données du serveur ;
  - rechercher les fichiers modifiés récemment et consulter les journaux ;
  - contrôler vos fichiers PHP et CGI à la recherche de portes dérobées ;
  - mettre à jour les logiciels vulnérables, ou réinstaller le serveur
    après sauvegarde ;
  - changer l'ensemble des mots de passe (serveur, FTP, messagerie).

Une fois le problème corrigé, décrivez les mesures prises en répondant au
dossier depuis la console Scaleway (menu « Abuse » en bas à gauche).

Si de nouveaux signalements concernant cette ressource nous parviennent
pendant la durée de vie du dossier, ou si aucune mesure appropriée n'est
prise, Scaleway appliquera les mesures prévues par ses Conditions
Générales, pouvant aller du simple avertissement jusqu'à la résiliation de
l'ensemble des services.

Cordialement,
L'équipe Abuse Scaleway
""", phishing=False, ja=False)

add(src="https://sendgrid.com/docs/Classroom/Troubleshooting/Account_Administration/your_sendgrid_account_is_at_risk_for_suspension_what_should_i_do.html",
    provider="Twilio SendGrid", label="abuse", orig="2016-05-10", target="2028-08-05",
    time="16:21:33", tz="-0600", deadline="none",
    frm="SendGrid Compliance <compliance@sendgrid.com>",
    to="it@copperfield-events.example",
    subject="Your SendGrid account is at risk for suspension",
    body="""Hello copperfield_events,

Our monitoring shows a clear drop in the deliverability of the mail sent
from your SendGrid account (delivered events compared with processed
events), together with spam reports coming back from your recipients.

Account:               copperfield_events
Period reviewed:       last 7 days
Delivered / processed: 71.4 %
Spam reports:          0.42 %
Invalid emails:        6.9 %

This is a precautionary warning and your account is still active.

What we ask you to do:

1. Review your recent email activity in the Stats dashboard and check the
   bounce, spam report and invalid email rates. All three affect your
   sender reputation.
2. Remove bounced, reported and invalid addresses from your lists so that
   you do not send to them again.
3. Keep watching your statistics, and set up a Stats Notification alert in
   your Alert Settings so that we send you regular summaries.

We do not disclose the exact thresholds our systems use. If the numbers
above do not improve, the account may be suspended, and our Compliance &
Abuse team will then contact you directly.

Thank you,
SendGrid Compliance & Abuse
""", phishing=False, ja=False)

add(src="https://github.com/rajhodedara/live-sport-plugin/issues/6",
    provider="Render", label="abuse", orig="2026-09-02", target="2028-08-06",
    time="21:58:12", tz="+0000", deadline="none",
    frm="Render Trust & Safety <trust@render.com>",
    to="dev@quillpoint.example",
    subject="Your Render account has been suspended",
    body="""Hi,

Following an automated review, we have suspended the Render account
registered to dev@quillpoint.example.

The web service "sportfeed-addon" (srv-d2kq7a1m4s2c73) was found to proxy
and re-stream third-party video streams, which is not allowed under
Render's Acceptable Use Policy (https://render.com/acceptable-use).

While the account is suspended:
  - all services, databases and cron jobs in the account are stopped;
  - new deploys and new services cannot be created;
  - your data is kept, but it is not reachable.

If you believe we made a mistake, reply to this email and describe what the
service does. A member of the Trust & Safety team will review your appeal.

Render Trust & Safety
""", phishing=False, ja=False)

add(src="https://github.com/haumacher/phoneblock/pull/209",
    provider="Hetzner", label="abuse", orig="2025-09-27", target="2028-08-07",
    time="08:22:40", tz="+0200", deadline="none",
    frm="Hetzner Online GmbH - Abuse Team <abuse@hetzner.com>",
    to="vorstand@rufnummer-verein.example",
    subject="Sperrung des E-Mail-Kontos info@rufnummer-verein.example wegen Massenversand [AbuseID:5C21F8:2B]",
    body="""Sehr geehrte Damen und Herren,

unsere Systeme haben für das E-Mail-Konto info@rufnummer-verein.example
(Webhosting-Paket W1-0447, konsoleH) einen auffälligen Massenversand
festgestellt.

  Zeitraum:           [[2025-09-27|de:%d.%m.%Y]], 05:10 bis 07:35 Uhr
  Versendete E-Mails: ca. 14.800
  Unzustellbar:       ca. 3.900 (Bounces)
  Absendende IP:      203.0.113.77

Um Schaden von unseren Mailservern, deren Reputation und anderen Kunden
abzuwenden, haben wir den Versand über dieses Konto gesperrt. Der Empfang
von Nachrichten ist weiterhin möglich.

Bitte prüfen Sie umgehend, wie es zu dem Versand kam, zum Beispiel durch
ein fehlerhaftes Skript, eine Schleife in Ihrer Anwendung oder ein
kompromittiertes Passwort. Ändern Sie das Passwort des Kontos und beheben
Sie die Ursache.

Senden Sie uns anschließend über den folgenden Link eine Stellungnahme,
was passiert ist und welche Maßnahmen Sie getroffen haben:
https://abuse.hetzner.com/statements/?token=8e3d1c07a94b52f6

Nach Prüfung Ihrer Stellungnahme heben wir die Sperre auf. Bitte lassen
Sie die Abuse-ID [AbuseID:5C21F8:2B] bei Antworten im Betreff unverändert.

Mit freundlichen Grüßen

Abuse Team
Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
""", phishing=False, ja=False)

# ---------------------------------------------------------------------------
# Chunk 2: security incidents
# ---------------------------------------------------------------------------

add(src="https://www.enterprisetimes.co.uk/2021/11/23/godaddy-breach-affects-1-2m-managed-wordpress-customers/",
    provider="GoDaddy", label="security-incident", orig="2021-11-22", target="2028-08-08",
    time="15:47:26", tz="-0700", deadline="none",
    frm="GoDaddy Security <security-notice@godaddy.com>",
    to="owner@lindqvist-bakery.example",
    subject="Important information about a security incident affecting your Managed WordPress account",
    body="""Dear Customer #48291377,

We are writing to tell you about a security incident that involves your
GoDaddy Managed WordPress hosting.

What happened
On [[2021-11-17|%B %-d, %Y]] we discovered that an unauthorized third party had
reached our Managed WordPress provisioning system by using a compromised
password. Our investigation shows the access began on or around
[[2021-09-06|%B %-d, %Y]]. We blocked the third party as soon as we found the access.

What information was involved in your account
  * Your email address and customer number were exposed. Exposed email
    addresses increase the risk of phishing.
  * The original WordPress admin password that was set when your site
    (lindqvist-bakery.example) was provisioned was exposed. If that
    password was still in use, we have reset it.
  * The sFTP username and password and the database username and password
    for the site were exposed. We have reset both.
  * For your site, the SSL private key was exposed. We are issuing and
    installing a new certificate; no action is needed from you for this.

What you can do
  * Expect a new sFTP password and database password in your dashboard
    and update any tools that use them.
  * Be careful with emails that ask for your login details or payment
    information, even if they appear to come from GoDaddy.
  * Review your site for unfamiliar WordPress users or plugins.

Our investigation is continuing, and we are adding further protections to
the provisioning system. You can reach us through
https://www.godaddy.com/help, where phone numbers for every country are
listed.

We are sincerely sorry for this incident and for the concern it causes.

Demetrius Comes
Chief Information Security Officer, GoDaddy
""", phishing=False, ja=False)

add(src="https://www.ionos.de/hilfe/sicherheit/e-mail-adresse-schuetzen/missbraeuchliche-e-mail-weiterleitung",
    provider="IONOS", label="security-incident", orig="2023-10-05", target="2028-08-09",
    time="07:31:02", tz="+0200", deadline="none",
    frm="IONOS Sicherheitsteam <sicherheit@ionos.de>",
    to="m.keller@baeckerei-keller.example",
    subject="Sicherheitshinweis: Das Passwort Ihres E-Mail-Postfachs wurde zurückgesetzt",
    body="""Guten Tag Herr Keller,

unsere Sicherheitssysteme haben beim E-Mail-Postfach
m.keller@baeckerei-keller.example (Vertrag 51883920) Unregelmäßigkeiten
festgestellt.

In Ihrem Webmail wurde am [[2023-10-04|de:%d.%m.%Y]] um 23:18 Uhr eine Filterregel
angelegt, die alle eingehenden Nachrichten an die externe Adresse
rechnungen-archiv@mailbox-transfer.example weiterleitet. Solche Regeln
werden häufig von Dritten eingerichtet, die sich unbefugt Zugang zu einem
Postfach verschafft haben.

Zu Ihrem Schutz haben wir das Passwort dieses Postfachs automatisch
zurückgesetzt. Die Weiterleitungsregel selbst ist noch vorhanden.

So stellen Sie die Sicherheit Ihres Postfachs wieder her:

  1. Prüfen Sie Ihren Computer und alle Geräte, die auf das Postfach
     zugreifen (z. B. Smartphone oder Tablet), mit einem aktuellen
     Virenscanner und bereinigen Sie sie.
  2. Bringen Sie Betriebssystem und alle Programme auf den neuesten Stand.
  3. Vergeben Sie im IONOS Konto ein neues, sicheres Passwort für das
     Postfach.
  4. Löschen Sie die Weiterleitung: In Webmail oben rechts auf das
     Zahnrad klicken, dann „Alle Einstellungen…“ > „E-Mail“ > „Regeln“
     wählen und die Regel über das X-Symbol entfernen.

Bitte prüfen Sie außerdem, ob in den vergangenen Tagen vertrauliche
Nachrichten an die genannte Adresse weitergeleitet wurden.

Freundliche Grüße

Ihr IONOS Sicherheitsteam
IONOS SE, Elgendorfer Str. 57, 56410 Montabaur
""", phishing=False, ja=False)

add(src="https://github.com/dlang-community/DCD/issues/634",
    provider="GitHub", label="security-incident", orig="2021-04-22", target="2028-08-10",
    time="19:06:58", tz="+0000", deadline="none",
    frm="GitHub <noreply@github.com>",
    to="tobias.wendt@quarkline.example",
    subject="[GitHub] A personal access token on your account may have been compromised",
    body="""Hi @twendt,

We are contacting you about the recent security incident at Codecov, a
third-party code coverage service. An attacker modified Codecov's Bash
Uploader script so that it collected the environment variables of the
continuous integration jobs that ran it. The modified script may have been
in use since [[2021-01-31|%B %-d, %Y]].

Our investigation indicates that one of your personal access tokens was
present in such a CI environment and is likely to have been exposed:

  Token:       "travis release deploy" (created [[2019-08-14|%Y-%m-%d]])
  Scopes:      public_repo
  Used from:   Travis CI builds of repositories in the dcx-tools
               organization

We have also seen API requests made with this token that look suspicious
and do not match its normal pattern of use.

What we recommend
  * Revoke this token at https://github.com/settings/tokens and create a
    new one if you still need it.
  * Review the security log for your account and the recent activity in
    the repositories this token can reach.
  * Rotate any other secrets that were available to the same CI jobs.

For more information, see Codecov's notice at
https://about.codecov.io/security-update/.

Thanks,
The GitHub Security Team
""", phishing=False, ja=False)

add(src="http://travaux.ovh.net/?do=details&id=8998",
    provider="OVHcloud", label="security-incident", orig="2013-07-22", target="2028-08-11",
    time="17:12:45", tz="+0200", deadline="none",
    frm="OVH <noreply@ovh.net>",
    to="admin@cabinet-roussel.example",
    subject="Incident de sécurité : nous vous invitons à changer votre mot de passe",
    body="""Bonjour,

Il y a quelques jours, nous avons constaté que la sécurité du réseau
interne de nos bureaux de Roubaix avait été compromise. Nos investigations
montrent qu'un pirate a d'abord obtenu l'accès à la messagerie de l'un de
nos administrateurs système, puis, grâce à cette messagerie, au VPN
interne d'un autre salarié, et enfin aux accès d'un administrateur chargé
du back-office interne.

Jusqu'ici, notre sécurité interne reposait sur deux niveaux de contrôle :
l'origine de la connexion (être au bureau ou passer par le VPN) et le mot
de passe personnel.

Les mesures prises
------------------
Dès la découverte de l'intrusion, nous avons :
- régénéré les mots de passe de tous les salariés, pour tous les accès ;
- déployé un nouveau VPN dans une salle sécurisée PCI-DSS à accès très
  restreint ;
- limité la consultation des e-mails internes au bureau et au VPN ;
- imposé trois niveaux de contrôle à toutes les personnes ayant des accès
  sensibles : l'IP d'origine, le mot de passe et un jeton matériel
  personnel (YubiKey).

Ce que nous savons
------------------
Nous pensons que le pirate visait deux objectifs :
- récupérer la base de données de nos clients européens ;
- obtenir l'accès au système d'installation des serveurs au Canada.

La base clients Europe contient les informations suivantes : nom,
prénom, identifiant (nic), adresse, ville, pays, téléphone, fax et mot de
passe chiffré. Le chiffrement repose sur SHA512 avec un sel ; il faut des
moyens techniques importants pour retrouver un mot de passe en clair, mais
ce n'est pas impossible.

Ce que nous vous demandons
--------------------------
Par précaution, nous vous conseillons de changer le mot de passe associé
à votre identifiant cr48213-ovh depuis votre espace client. Si vous
utilisez ce même mot de passe sur d'autres services, changez-le aussi.

Aucune donnée de carte bancaire n'a été consultée ni copiée : ces
informations ne sont pas stockées sur notre infrastructure.

Si vous possédez un serveur dédié au Canada, nous vous recommandons en
outre de changer le mot de passe root de votre serveur et de supprimer la
clé SSH d'OVH présente dans /root/.ssh/authorized_keys.

Nous sommes désolés pour ce désagrément.

Octave Klaba
Fondateur, OVH
""", phishing=False, ja=False)

add(src="https://68838d2e8987eb65e005d837--mailgun.netlify.app/blog/product/mailgun-security-incident-and-important-customer-information",
    provider="Mailgun", label="security-incident", orig="2018-01-05", target="2028-08-12",
    time="22:31:09", tz="+0000", deadline="none",
    frm="Mailgun Security <security@mailgun.net>",
    to="devops@tallgrass-outfitters.example",
    subject="Mailgun security incident: your account was affected",
    body="""Hello,

On [[2018-01-03|%B %-d, %Y]] Mailgun learned that the API key of a customer account
had been used by someone other than its owner. We started diagnostics at
once to understand the cause and the scope.

We have since established that the root cause was the compromise of a
Mailgun employee's account by an unauthorized person. We closed that point
of access right away and have put additional technical safeguards around
the affected part of our application.

We have now finished reviewing the accounts involved, and your account
(tallgrass-outfitters, domain mg.tallgrass-outfitters.example) is among
the small number that were potentially exposed. Fewer than 1 % of our
customers are affected. If you run other Mailgun accounts that did not
receive this message, those accounts were not affected.

What we recommend you do now:
  1. Generate a new private API key in the control panel and retire the
     old key.
  2. Reset the SMTP credentials for each domain in the account.
  3. Review the logs for messages you did not send between
     [[2017-12-28|%B %-d]] and [[2018-01-04|%B %-d, %Y]].

An independent security firm is auditing the incident to confirm our
findings, and we will share an update when that work is complete.

If you have questions, contact security@mailgun.net. Media inquiries can
be sent to media@mailgun.net.

We take the security of our platform very seriously and apologize for this
incident.

The Mailgun Team
""", phishing=False, ja=False)

add(src="https://github.com/supabase/supabase/pull/33969",
    provider="Supabase", label="security-incident", orig="2025-03-04", target="2028-08-13",
    time="11:49:30", tz="+0000", deadline="none",
    frm="Supabase Security <security@supabase.com>",
    to="founders@tidewater-labs.example",
    subject="[Action Required] The service_role key for project tidewater-prod may be compromised",
    body="""Hi there,

We found the service_role API key of one of your projects in a publicly
accessible location.

  Organization: Tidewater Labs
  Project:      tidewater-prod (ref: qkvjzmhbwtxaplrsdeyn)
  Key:          service_role (JWT, issued [[2024-11-19|%Y-%m-%d]])
  Found in:     public GitHub repository tidewater-labs/landing-site,
                file .env.production, commit 9f41c2e

The service_role key bypasses Row Level Security and gives full read and
write access to your database and storage. Anyone who copied it can act on
your data as an administrator.

Please rotate this key immediately:
  1. Open Project Settings > API in the dashboard
     (https://supabase.com/dashboard/project/qkvjzmhbwtxaplrsdeyn/settings/api)
     and generate a new JWT secret / service_role key.
  2. Update the key in every server-side environment that uses it.
  3. Remove the secret from the repository and from its git history.
  4. Review your API and database logs for requests you do not recognise.

The Security Status section on your project home page will keep showing a
"Service Role Key Leak" warning until the key has been rotated.

If you have any questions, reply to this email.

The Supabase Security Team
""", phishing=False, ja=False)

# ---------------------------------------------------------------------------
# Chunk 3: action required
# ---------------------------------------------------------------------------

add(src="http://justskidding.skidman.de/?p=3641",
    provider="Strato", label="action-required", orig="2013-07-10", target="2028-08-14",
    time="10:03:55", tz="+0200", deadline="2013-08-15",
    frm="STRATO Kundenservice <kundenservice@strato.de>",
    to="post@fotostudio-brandt.example",
    subject="Wichtige Änderung in Ihrem Paket: CGI-Minianwendungen werden am [[2013-08-15|de:%d.%m.%Y]] abgeschaltet",
    body="""Sehr geehrter Herr Brandt,

wir möchten Ihnen stets aktuelle Produkte bieten und diese laufend
weiterentwickeln. Aus diesem Grund werden wir die älteren
CGI-Minianwendungen am [[2013-08-15|de:%-d. %B %Y]] abschalten.

Betroffen ist Ihr Paket:
  Kundennummer:  61947223
  Auftrag:       BasicWeb L (fotostudio-brandt.example)

Folgende Minianwendungen stehen ab diesem Tag nicht mehr zur Verfügung:
  - Besucherzähler (Counter)
  - Gästebuch
  - Formmailer
  - Umfrage und Newsticker

Was bedeutet das für Sie?
Falls Sie eine dieser Anwendungen auf Ihrer Website einbinden, wird sie
nach der Abschaltung nicht mehr angezeigt bzw. funktioniert nicht mehr.
Bitte entfernen Sie die Einbindung rechtzeitig vor dem
[[2013-08-15|de:%d.%m.%Y]] oder ersetzen Sie sie, zum Beispiel durch die
entsprechenden Module im STRATO AppWizard oder im Homepage-Baukasten.

Nutzen Sie keine der genannten Anwendungen, müssen Sie nichts tun.

Eine Anleitung zum Ersatz finden Sie in den FAQ unter
https://www.strato.de/faq/ im Kunden-Login.

Mit freundlichen Grüßen

Ihr STRATO Team
STRATO AG, Pascalstraße 10, 10587 Berlin
""", phishing=False, ja=False)

add(src="https://www.fastly.com/blog/requiring-tls-12-fastly-api-control-panel",
    provider="Fastly", label="action-required", orig="2018-05-03", target="2028-08-15",
    time="17:25:14", tz="+0000", deadline="2018-06-19",
    frm="Fastly Support <support@fastly.com>",
    to="infra@parcelgrid.example",
    subject="Action needed: TLS 1.2 will be required for the Fastly API and control panel after [[2018-06-19|%B %-d, %Y]]",
    body="""Hello,

As part of our work to keep the platform secure, and in line with the PCI
Security Standards Council requirement to retire TLS 1.0 (and its
recommendation to retire TLS 1.1), Fastly will require TLS 1.2 for all
clients that connect to:

  * the control panel  (manage.fastly.com)
  * the management API (api.fastly.com)
  * the Fastly website (www.fastly.com)

Updated date: we originally planned this change for [[2018-05-08|%B %-d]]. To give
customers more time, the new deadline is [[2018-06-19|%B %-d, %Y]]. After that
date, connections using TLS 1.0 or 1.1 to the addresses above will fail.

Why you are receiving this
Over the past 30 days, our logs recorded API requests from your account
(customer ID 3xQm7KpTr2Lb9) that were made with TLS 1.0:

  API token name:  "legacy-purge-cron"
  Client:          curl/7.19.7 (NSS)
  Requests:        about 4,100 per day

Please update the operating system, OpenSSL build or HTTP library used by
this client so that it negotiates TLS 1.2, before the deadline.

This change does not affect traffic between your end users and our cache
nodes; that schedule is described separately on our blog. Most customers
already use modern browsers and API clients and will not notice anything.

If you have questions, contact support@fastly.com.

Thanks,
The Fastly Team
""", phishing=False, ja=False)

add(src="https://github.com/DataDog/documentation/pull/20938",
    provider="Datadog", label="action-required", orig="2023-12-14", target="2028-08-16",
    time="14:40:02", tz="+0000", deadline="2024-06-10",
    frm="Datadog <noreply@datadoghq.com>",
    to="sre@fernbrook-health.example",
    subject="Action may be required: Datadog Linux package signing keys rotate on [[2024-06-10|%B %-d, %Y]]",
    body="""Hello,

As a routine security practice, Datadog periodically rotates the keys used
to sign its Linux packages. The GPG keys that currently sign our RPM and
DEB packages reach end of life in [[2024-09-01|%B %Y]], and we will switch to new
keys on [[2024-06-10|%B %-d, %Y]].

  RPM: new signing key ...5D88EEA3B01082D3 (replaces ...3F4D1729FD4BF915)
  DEB: new signing key ...E6266D4AC0962C7D (replaces ...32637D44F14F620E)

Affected packages: datadog-agent, datadog-iot-agent, datadog-heroku-agent,
datadog-dogstatsd, observability-pipelines-worker, datadog-fips-proxy and
the datadog-apm-* libraries.

Agents that are already running keep working. However, hosts that do not
trust the new keys will not be able to install or upgrade these packages
from apt.datadoghq.com or yum.datadoghq.com after the rotation. For APT,
this applies to existing versions as well, because the repository metadata
is checked.

No action is needed if you install with:
  * the Agent install script v1.18.0 or later;
  * the Chef cookbook v4.18.0+, Ansible role v4.20.0+ or collection
    v5.0.0+, Puppet module v3.21.0+ or SaltStack formula v3.6+;
  * containerized Agents, or the Windows and macOS Agents;
  * DEB Agent 7.48.0+ with datadog-signing-keys 1.3.1 or later installed.

Otherwise, please import the new key on each host before [[2024-06-10|%B %-d]]:

  RPM:  sudo rpm --import https://keys.datadoghq.com/DATADOG_RPM_KEY_B01082D3.public
  DEB:  download https://keys.datadoghq.com/DATADOG_APT_KEY_C0962C7D.public
        and add it to /usr/share/keyrings/datadog-archive-keyring.gpg

To check an RPM host, run: rpm -qa | grep gpg-pubkey-b01082d3

Full instructions: https://docs.datadoghq.com/agent/guide/linux-key-rotation-2024/

The Datadog Team
""", phishing=False, ja=False)

add(src="https://github.com/markandrus/twilio-haskell/issues/37",
    provider="Twilio", label="action-required", orig="2015-10-08", target="2028-08-17",
    time="20:14:37", tz="+0000", deadline="2015-12-01",
    frm="Team Twilio <no-reply@twilio.com>",
    to="backend@larkspur-clinics.example",
    subject="Important changes to Twilio's security certificate",
    body="""Ahoy,

Security is never far from our minds at Twilio. On [[2015-12-01|%B %-d, %Y]] at
4:30 PM PT, we will put a new certificate signed with SHA-2 on
api.twilio.com, a significant step up in encryption strength.

Most applications will not notice any change. Applications that rely on
older SSL client libraries, however, may fail to connect once the new
certificate is live.

How to check your application
We have set up a test endpoint at api.twilio.com:8443 that already serves
the new certificate. Note that it listens on port 8443, not on the default
port 443, so you need to set that port explicitly in your Twilio SDK or
HTTP client. If your requests to the test endpoint succeed, you are ready.

The test endpoint will be retired on [[2015-12-01|%B %-d, %Y]], when the SHA-2
certificate moves to the main API endpoint on port 443.

If you have questions, write to help@twilio.com. We're always listening and
happy to help.

Cheers,
Team Twilio
""", phishing=False, ja=False)

add(src="https://stripe.com/blog/upgrading-tls",
    provider="Stripe", label="action-required", orig="2018-03-20", target="2028-08-18",
    time="16:52:08", tz="+0000", deadline="2018-06-13",
    frm="Stripe <notifications@stripe.com>",
    to="payments@wrenfield-books.example",
    subject="Action required: upgrade your Stripe integration to TLS 1.2 before [[2018-06-13|%B %-d, %Y]]",
    body="""Hi there,

We're contacting you because your Stripe account Wrenfield Books
(acct_1BvQ2mK8sLp4XzTa) is still sending live-mode API requests over
TLS 1.0, which Stripe is retiring.

In the last 7 days:
  TLS 1.0 requests (live mode):  12,430
  Most recent:                   [[2018-03-19|%B %-d, %Y]] 23:58 UTC
  Client library:                stripe-php 3.4.0

What is changing
  * Test-mode requests that use TLS versions lower than 1.2 are already
    rejected.
  * From [[2018-06-13|%B %-d, %Y]], live-mode requests that use TLS 1.0 or 1.1
    will be rejected too. Charges, refunds and other API calls made this
    way will fail.

What you need to do
You won't need to change your code, but you may need to update your
operating system, OpenSSL, or language runtime so that connections use
TLS 1.2. Our guide explains how to test and upgrade for each language:
https://support.stripe.com/questions/how-do-i-upgrade-my-stripe-integration-from-tls-1-0-to-tls-1-2

After upgrading, make a test-mode request; if it succeeds, your
integration is ready.

This change is part of keeping payment data safe and is required by the
PCI Security Standards Council. Read more at
https://stripe.com/blog/upgrading-tls.

If you have questions, just reply to this email.

- The Stripe Team
""", phishing=False, ja=False)

add(src="https://github.com/A21z/node-cd/issues/13",
    provider="Bitbucket (Atlassian)", label="action-required", orig="2015-12-03", target="2028-08-19",
    time="22:08:41", tz="+0000", deadline="2015-12-15",
    frm="Bitbucket <noreply@bitbucket.org>",
    to="buildmaster@cinderhill-games.example",
    subject="Bitbucket adds new IP addresses on [[2015-12-15|%B %-d]] - update your firewall allowlists",
    body="""Hi cinderhill-games,

We are expanding and upgrading the Bitbucket network so that it is faster,
more reliable and ready to grow. As part of this work, Bitbucket will
start using additional IP address ranges on [[2015-12-15|%B %-d, %Y]].

New ranges (in addition to the ones you use today):

  198.51.100.192/28
  198.51.100.208/28

These addresses will be used both for Git and Mercurial traffic to
bitbucket.org and for outgoing webhook requests from Bitbucket to your
servers.

Do you need to do anything?
If your corporate firewall, CI server or webhook receiver only accepts
traffic from a list of Bitbucket IP addresses, add the new ranges before
[[2015-12-15|%B %-d]]. Otherwise pushes, pulls or webhook deliveries may be blocked.
Repositories in your workspace that have webhooks configured:

  cinderhill-games/engine-core   (2 webhooks)
  cinderhill-games/level-tools   (1 webhook)

If you do not restrict traffic by IP address, no action is needed.

The full list of addresses is kept up to date at
https://confluence.atlassian.com/bitbucket/what-are-the-bitbucket-cloud-ip-addresses-i-should-use-to-configure-my-corporate-firewall-343343385.html

Thanks,
The Bitbucket team
""", phishing=False, ja=False)

add(src="https://github.com/hypercerts-org/hypercerts/issues/1245",
    provider="Supabase", label="action-required", orig="2023-12-15", target="2028-08-20",
    time="09:12:23", tz="+0000", deadline="2024-01-15",
    frm="The Supabase Team <team@supabase.com>",
    to="data@marigold-civic.example",
    subject="Action required: PgBouncer and IPv4 deprecation for project civic-ledger",
    body="""Hi there,

You are receiving this email because your project civic-ledger
(ref: hvdqwnrxlbtkcmzsoaep) still connects to its database through
PgBouncer or over IPv4.

PgBouncer
PgBouncer has been deprecated on Supabase since [[2023-10-15|%B %-d, %Y]]. Your
PgBouncer connection string will stop working after [[2024-01-15|%B %-d, %Y]].
Supavisor, our own connection pooler, replaces it. Only the URL changes;
copy the new connection string from the Database settings page of your
dashboard.

IPv4 for direct connections
Direct access to your database over IPv4 is deprecated as well. After
[[2024-01-15|%B %-d]], db.hvdqwnrxlbtkcmzsoaep.supabase.co will resolve to an IPv6
address only, so direct connections will require an IPv6-capable network.
If your servers or CI runners cannot use IPv6, switch to the Supavisor
connection string, which keeps returning IPv4 addresses.

What we saw in the last 7 days
  PgBouncer connections: 2,318
  Direct IPv4 clients:   3 distinct source addresses

Details and FAQs: https://github.com/orgs/supabase/discussions/17817

Thanks,
The Supabase Team
""", phishing=False, ja=False)

# ---------------------------------------------------------------------------
# Chunk 4: maintenance
# ---------------------------------------------------------------------------

add(src="http://linode.statuspage.io/incidents/1ph54f4nnmd6",
    provider="Linode (Akamai)", label="maintenance", orig="2017-03-28", target="2028-08-21",
    time="02:17:49", tz="+0000", deadline="2017-03-31",
    frm="Linode <support@linode.com>",
    to="sysadmin@okafor-analytics.example",
    subject="Linode Critical Xen Maintenance - your maintenance window",
    body="""Hello,

Linode has received a critical Xen Security Advisory (XSA) that requires
us to update our legacy Xen host servers. To apply the update, the hosts
and the Linodes running on them must be rebooted. The advisory becomes
public on [[2017-04-04|%B %-d, %Y]], so this work has to be finished before then.

Your affected Linodes and their assigned windows:

  Linode             Datacenter   Maintenance window (UTC)
  -----------------  -----------  ---------------------------------------
  okafor-db-1        Newark       [[2017-03-31|%Y-%m-%d]] 02:00 - 04:00
  okafor-app-2       Newark       [[2017-03-31|%Y-%m-%d]] 04:00 - 06:00

During its window, each Linode will be shut down cleanly while we update
the host, and booted again afterwards. Two hours are reserved for each
window, although the actual downtime is usually much shorter.

Because of the size of this effort, the windows cannot be changed and the
reboots are mandatory. This advisory only affects legacy Xen Linodes: if
you upgrade a Linode to KVM before its window (use the "Upgrade to KVM"
link on the Linode's dashboard), it will not be rebooted as part of this
maintenance. See https://www.linode.com/docs/platform/kvm-reference.

We strongly recommend reading our Reboot Survival Guide to make sure your
services come back up on their own:
https://www.linode.com/docs/uptime/reboot-survival-guide

We understand that short notice is inconvenient. Since we do not control
the disclosure date of the advisory, we must follow this timeline to keep
our infrastructure and yours secure.

Regards,
Linode Support
""", phishing=False, ja=False)

add(src="https://github.com/RedisLabs/redislabs-docs/pull/3194",
    provider="Redis", label="maintenance", orig="2024-03-25", target="2028-08-22",
    time="15:33:16", tz="+0000", deadline="2024-04-02",
    frm="Redis Cloud <cloud-notifications@redis.com>",
    to="platform@harborlight-retail.example",
    subject="Scheduled maintenance for Redis Cloud subscription 'orders-cache-prod'",
    body="""Hello,

We will perform scheduled maintenance on the following Redis Cloud
subscription to keep it secure and up to date:

  Subscription:  orders-cache-prod (ID 2218457)
  Plan:          Pro, AWS eu-west-1
  Databases:     orders-cache, session-store
  Window:        [[2024-04-02|%A, %B %-d, %Y]], 01:00 - 05:00 UTC
  Type:          Infrastructure and Redis patch upgrade

What to expect
Your databases stay available during the maintenance, but you may notice
higher latency while we work. Your application may also be disconnected
from a database for a few seconds. Most Redis clients refresh the DNS
address when they reconnect, so no further action is normally required.
If connection problems last more than a minute, refresh your DNS entries.

No action is required from you. If this window does not suit you, you can
set manual maintenance windows for Pro subscriptions under
Subscriptions > Overview > Maintenance in the Redis Cloud console.
Urgent maintenance, such as security fixes, may still take place outside
your windows; we will email you when it starts and when it ends.

Thank you for using Redis Cloud.

The Redis Cloud Team
""", phishing=False, ja=False)

add(src="https://community.fly.io/t/psa-machine-migration-has-started-again/20265",
    provider="Fly.io", label="maintenance", orig="2024-06-12", target="2028-08-23",
    time="18:20:05", tz="+0000", deadline="2024-06-18",
    frm="Fly.io <notifications@fly.io>",
    to="ops@pinecrest-tutoring.example",
    subject="Upcoming: some of your Machines will be migrated to new hosts",
    body="""Hi there,

We are moving Machines off some of our older servers onto newer hosts with
more redundancy and better performance. Machines in your organization
pinecrest-tutoring are scheduled to move.

  App               Machine ID       Region  Volume        Planned date
  ----------------  ---------------  ------  ------------  ------------
  pinecrest-api     148e327f3d6d89   ams     vol_4y8k2x    [[2024-06-18|%Y-%m-%d]]
  pinecrest-worker  3d8d9d5b2ee289   ams     -             [[2024-06-18|%Y-%m-%d]]

How the migration works
This is not a live migration. For each Machine we:
  1. stop it, using the kill_signal from your fly.toml;
  2. copy its volume, with all data, to the destination host (the copy
     gets a new volume ID);
  3. start the Machine on the new host with the same Machine ID.

Machines are migrated one at a time within an organization's network, so
apps with more than one Machine should not see downtime. An app with a
single Machine will be unavailable for a few minutes while it moves.

One thing to check
After the move, the Machine's 6PN private address will be different. Most
apps, and apps that look up addresses through our internal DNS, are not
affected. If your app stores 6PN addresses and expects them never to
change, please update it before the planned date.

More background: https://community.fly.io/t/psa-machine-migration-has-started-again/20265

Thanks,
The Fly.io team
""", phishing=False, ja=False)

# ---------------------------------------------------------------------------
# Chunk 5: pricing, billing, informational, security advisory
# ---------------------------------------------------------------------------

add(src="https://github.com/shaarli/Shaarli/issues/1762",
    provider="Docker Hub", label="pricing", orig="2021-06-08", target="2028-08-24",
    time="12:02:21", tz="-0500", deadline="2021-06-18",
    frm="Docker <no-reply@docker.com>",
    to="maintainers@owlbridge-oss.example",
    subject="Changes to Docker Hub Autobuild",
    body="""Hi there,

You are one of the users of Docker Hub's Autobuild service, so we want to
let you know directly: from [[2021-06-18|%B %-d, %Y]], Autobuild will no longer be
available on the free plan. Any Autobuild you have configured on a free
account will fail to run, and you will need a Pro or Team subscription to
restore it. The reasons are explained on our blog:
https://www.docker.com/blog/changes-to-docker-hub-autobuilds/

Repositories in your account with Autobuild configured:
  owlbridge/linkshelf
  owlbridge/linkshelf-docs

To make the switch easier, new and returning subscribers get 20 % off
Docker Pro and Team until [[2021-06-18|%B %-d, %Y]].

If you are part of the Docker Open Source program and use Autobuild on a
free plan, we want to keep supporting you; we will contact you so that you
are not affected by this change.

We are focused on giving you a great experience, and we appreciate your
understanding as the whole industry deals with abusive crypto miners.

Thanks,
Team Docker
""", phishing=False, ja=False)

add(src="https://github.com/meanands/heroku-free-alternatives/issues/32",
    provider="Railway", label="pricing", orig="2023-07-03", target="2028-08-25",
    time="17:45:00", tz="+0000", deadline="2023-08-01",
    frm="Railway <team@railway.app>",
    to="hello@sproutlane.example",
    subject="The Starter plan is being discontinued on [[2023-08-01|%B %-d]]",
    body="""Hey there,

We're changing the plans Railway offers, and your account is on the
Starter plan, which is going away.

  Your account:    sproutlane (Starter plan)
  Projects:        3 (sproutlane-web, sproutlane-api, pg-main)
  Last month:      $3.84 of usage

What's changing
On [[2023-08-01|%B %-d, %Y]], the Starter plan will be discontinued. From then on,
Railway offers these plans:

  Trial   One-time grant of $5 of usage for new users to try the platform
  Hobby   $5 per month, which includes $5 of usage, for personal projects
  Pro     $20 per seat per month plus usage, for teams in production

What you need to do
To keep your projects running, upgrade to the Hobby plan before
[[2023-08-01|%B %-d]] from your account's Plans page: https://railway.app/account/plans
If you do not upgrade, deployments in your projects will be stopped once
the Starter plan ends.

You can read the full announcement at
https://blog.railway.app/p/introducing-trial-hobby-pro-plans

Thanks for building on Railway,
The Railway Team
""", phishing=False, ja=False)

add(src="https://vultr.idcspy.com/1591.html",
    provider="Vultr", label="billing", orig="2019-05-31", target="2028-08-31",
    time="00:05:12", tz="+0000", deadline="2019-06-01",
    frm="Vultr.com <billing@vultr.com>",
    to="accounts@northgate-print.example",
    subject="Vultr.com - Upcoming automatic deposit",
    body="""Dear Vultr Customer,

Including pending charges, your account is carrying a balance of $186.42.

To cover this balance and your estimated monthly costs, our billing system
will automatically deposit $200.00 from your payment method on file
(Visa ending 4417) in 24 hours.

You can review your current balance or make a deposit yourself from the
customer portal:

https://my.vultr.com/billing/

Thank you for choosing Vultr.com

-- Vultr.com Support Team --
""", phishing=False, ja=False)

add(src="https://github.com/Embassy-of-the-Free-Mind/sourcelibrary-v2/issues/3667",
    provider="MongoDB Atlas", label="billing", orig="2026-08-03", target="2028-08-03",
    time="06:41:27", tz="+0000", deadline="none",
    frm="MongoDB Atlas <mongodb-atlas@mongodb.com>",
    to="d.lomax@quiver-archive.example",
    subject="Monthly Snapshot of your Atlas Usage - [[2026-07-01|%B %Y]]",
    body="""Hi D. Lomax,

Here is the snapshot of your MongoDB Atlas usage for last month.

Organization:  Quiver Archive
Period:        [[2026-07-01|%B %-d]] - [[2026-07-31|%B %-d, %Y]]

  Project / Cluster            Tier   Region           Hours   Cost (USD)
  ---------------------------  -----  ---------------  ------  ----------
  library-prod / pages-main    M30    AWS eu-central-1    744      574.37
  library-prod / search-idx    M10    AWS eu-central-1    744       59.52
  library-dev / sandbox        M0     AWS eu-central-1    744        0.00

  Data transfer (same region / internet)                            41.18
  Cloud backup snapshot storage (612 GB)                            61.20
  -----------------------------------------------------------------------
  Total usage for the period                                       736.27

Compared with the previous month: +8.4 %

Your invoices and payment method are available in the Atlas UI under
Organization > Billing. Invoices are charged to the payment method on file
and are not sent by email.

To adjust which usage emails you receive, change the notification
settings of your Atlas user.

The MongoDB Atlas Team
""", phishing=False, ja=False)

add(src="https://docs.hetzner.com/de/general/billing-and-account-management/billing-at-hetzner/billing-system-hetzner",
    provider="Hetzner", label="billing", orig="2025-07-18", target="2028-08-18",
    time="09:30:00", tz="+0200", deadline="2025-08-17",
    frm="Hetzner Online GmbH <billing@hetzner.com>",
    to="buchhaltung@lenz-werkstatt.example",
    subject="Änderung Ihres Rechnungstages ab [[2025-08-01|de:%B %Y]]",
    body="""Sehr geehrte Damen und Herren,

seit [[2024-04-01|de:%B %Y]] verteilen wir den Versand unserer Rechnungen über den
Monat, damit wir Rückfragen schneller bearbeiten können. Im Zuge einer
weiteren Anpassung ändert sich der Rechnungstag für Ihren Account.

  Kundennummer:          K0628814351
  Bisheriger Rechnungstag: der [[2025-07-03|de:%-d.]] eines Monats
  Neuer Rechnungstag:      der [[2025-08-17|de:%-d.]] eines Monats
  Erste Rechnung am neuen Tag: [[2025-08-17|de:%d.%m.%Y]]

Was sich NICHT ändert:
  - Monatliche Produkte werden weiterhin nachträglich abgerechnet; jede
    Rechnung enthält die Leistungen des vollständigen Vormonats.
  - Produkte werden stundengenau berechnet, angebrochene Stunden werden
    aufgerundet, und der Monatspreis wird nie überschritten.
  - Ihre Zahlungsart (SEPA-Lastschrift) bleibt bestehen; der Einzug
    erfolgt entsprechend zum neuen Rechnungstag.

Sie müssen nichts unternehmen. Den aktuellen Rechnungstag sehen Sie
jederzeit unter https://accounts.hetzner.com/invoice.

Mit freundlichen Grüßen

Ihr Hetzner Online Team
Hetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen
""", phishing=False, ja=False)

add(src="https://web-cloud.status-ovhcloud.com/incidents/k7kfkhts157w",
    provider="OVHcloud", label="informational", orig="2017-01-24", target="2028-08-29",
    time="13:56:02", tz="+0000", deadline="none",
    frm="OVHcloud Web Hosting Status <noreply@status-ovhcloud.com>",
    to="webmaster@lefevre-immobilier.example",
    subject="[Resolved] FS#22748 - Mailproxy",
    body="""OVHCloud Web Hosting Status - Incident report for Web Cloud

FS#22748 - Mailproxy
Status: Resolved

Resolved - [[2017-01-24|%Y-%m-%d]] 13:54 UTC
Mailproxy is working normally again. Messages that were held on the
mail-out servers have now been delivered. We have optimised the delivery
process and will add capacity to this infrastructure.

Update - [[2017-01-24|%Y-%m-%d]] 13:52 UTC
Traffic is stabilising and the backlog has been cleared. The few messages
still waiting will be delivered within minutes.

Update - [[2017-01-24|%Y-%m-%d]] 13:51 UTC
We are handling more than 70,000 messages per minute and catching up on
the delay. New messages are being accepted intermittently.

Update - [[2017-01-24|%Y-%m-%d]] 13:51 UTC
The overload came from the internal SQL servers used by Mailproxy. The SQL
cluster has been stabilised; we are delivering the stored messages and
gradually accepting new ones again.

Investigating - [[2017-01-24|%Y-%m-%d]] 13:50 UTC
An overload was detected on the entry point for email. Delivery of
messages is temporarily delayed, and incoming mail may arrive late.

You are receiving this because you subscribed to updates for the
"Web Cloud" component.
""", phishing=False, ja=False)

add(src="https://status.linode.com/incidents/qpz99483wytb",
    provider="Linode (Akamai)", label="informational", orig="2024-10-11", target="2028-08-30",
    time="20:12:33", tz="+0000", deadline="none",
    frm="Linode Status <noreply@status.linode.com>",
    to="netops@bramblewood-games.example",
    subject="[Linode Status] Incident summary: Service Issue - Toronto (CA-Central)",
    body="""Linode Status - Incident report

Service Issue - Toronto (CA-Central)
Status: Resolved - Summary posted

On [[2024-10-06|%B %-d, %Y]], at about 11:33 UTC, our administrators received
several alerts about database connectivity problems in Toronto. During the
impact window, customers were intermittently unable to create services,
delete services, or reboot their Linodes in the CA-Central (Toronto) data
center.

The investigation showed that a faulty router caused the problem. The
device was taken offline at 17:15 UTC, which quickly mitigated the impact.

We then replaced the faulty router to restore capacity and redundancy.
Emergency network maintenance was carried out in CA-Central from
[[2024-10-07|%B %-d]] 22:00 UTC to [[2024-10-08|%B %-d]] 02:00 UTC to install the new router. Because
of unexpected complications, a second maintenance was needed; it started
on [[2024-10-08|%B %-d]] at 22:00 UTC and was completed successfully on
[[2024-10-09|%B %-d]] at 00:15 UTC.

This summary reflects our current understanding of the incident based on
the information available. Our investigation continues and details may
change.

You are receiving this email because you subscribed to Linode Status
notifications.
""", phishing=False, ja=False)

add(src="http://status.digitalocean.com/incidents/xk8mn28nmt5f",
    provider="DigitalOcean", label="informational", orig="2018-08-01", target="2028-08-26",
    time="16:44:10", tz="+0000", deadline="none",
    frm="DigitalOcean Status <noreply@status.digitalocean.com>",
    to="infra@saltmarsh-radio.example",
    subject="[DigitalOcean Status] AMS2 Networking - Incident report",
    body="""DigitalOcean Services Status - Incident Report

AMS2 Networking

The Incident
At 10:22 UTC, three racks in our AMS2 region lost network connectivity.
All Droplets in those racks lost connectivity to and from the Internet.
This happened while hardware was being replaced with new equipment.

Our infrastructure team was replacing optical components on the
top-of-rack (ToR) switches that connect the three racks to the core
network. Each switch has two links into the core, and the work involved
taking one link down at a time. Earlier that day, the same work had been
done on many racks in AMS2 without any customer impact.

These three switches were running a non-standard software version with a
bug that made the link aggregation protocol (LACP) fail. As a result, all
connectivity on the switches was lost until we reconfigured them.

Timeline (UTC)
10:20  One optical module is removed from each of three switches
10:22  Alerts received for three switches going down
10:25  Networking team responds and starts investigating
10:48  Configuration applied to reset LACP on the affected switches
10:50  Alerts clear and connectivity is restored

Future Measures
We know of other devices in our network that are affected by this LACP
bug. Over the coming weeks we will upgrade their software so that this
does not happen again, and we will send a maintenance notice before that
work.

In Conclusion
We apologise for the disruption. We take any negative impact on your
service seriously, and we hope the details shared here show how we are
improving.

Occurred on [[2018-07-31|%B %-d, %Y]].
""", phishing=False, ja=False)

add(src="https://hostinger.com/blog/security-incident-what-you-need-to-know?replytocom=1823",
    provider="Hostinger", label="informational", orig="2019-11-25", target="2028-08-27",
    time="10:15:44", tz="+0200", deadline="none",
    frm="Hostinger <news@hostinger.com>",
    to="r.abara@sunvale-yoga.example",
    subject="Security incident: what we did to improve the security of our infrastructure",
    body="""Hello,

In [[2019-08-23|%B %Y]] we told you about a security incident and the immediate
steps we took to protect our clients. Today we want to share what we have
done since then to strengthen the security of Hostinger's services, and
what our teams learned while reviewing the weaknesses that led to the
incident. This is only the start of our security roadmap.

So far we have:

  - rewritten a large part of our backend code and removed many
    dependencies on external libraries that could have been vulnerable;
  - formed a dedicated cybersecurity team that monitors our systems and
    runs internal security tests to find weak points;
  - started using automatically rotated system passwords (HashiCorp
    Vault), so critical system credentials are only valid for two to
    three days;
  - begun rolling out two-factor authentication for client accounts over
    the next two weeks, so a password alone will no longer be enough to
    log in;
  - started moving sensitive client data, such as emails, names and
    surnames, into a separate database reachable only through a strictly
    audited channel;
  - removed a large amount of deprecated code and logic;
  - rotated all credentials on our systems and reduced staff access
    rights to what each person needs;
  - introduced bastion servers to reduce direct connections to servers.

You do not need to do anything. Once two-factor authentication is
available in your account, we encourage you to turn it on.

Thank you for your patience and trust.

The Hostinger Team
""", phishing=False, ja=False)

add(src="https://github.com/vercel/next.js/security/advisories/GHSA-f82v-jwr5-mffw",
    provider="Vercel", label="security-advisory", orig="2025-03-22", target="2028-08-28",
    time="01:26:39", tz="+0000", deadline="none",
    frm="Vercel <notifications@vercel.com>",
    to="web@kestrel-studio.example",
    subject="Security advisory: authorization bypass in Next.js Middleware (CVE-2025-29927)",
    body="""Hi kestrel-studio team,

A critical vulnerability has been published for Next.js, and some of the
projects in your team use an affected version.

  Advisory:  GHSA-f82v-jwr5-mffw / CVE-2025-29927
  Severity:  Critical (CVSS 9.1)
  Issue:     Authorization checks done in Next.js Middleware can be
             bypassed with a crafted request header.

Affected versions                 Fixed in
  15.x before 15.2.3               15.2.3
  14.x before 14.2.25              14.2.25
  13.x before 13.5.9               13.5.9
  12.x before 12.3.5               12.3.5
  11.x (all)                       see workaround below

Your projects
  kestrel-portal   next 14.2.21   deployed on Vercel
  kestrel-admin    next 15.1.7    deployed on Vercel

Next.js deployments hosted on Vercel are automatically protected against
this vulnerability, so no immediate action is required for the projects
above. If you also run the same code elsewhere (for example self-hosted
with "next start" or the standalone output), those deployments are
exposed.

We recommend that you:
  * upgrade to a fixed version;
  * if you cannot upgrade a self-hosted deployment, block external
    requests that carry the x-middleware-subrequest header before they
    reach your application;
  * avoid relying on Middleware as the only authorization check for
    sensitive routes.

Credits: Allam Rachid (zhero;) and Allam Yasser (inzo_).

The Vercel Security Team
""", phishing=False, ja=False)

# ---------------------------------------------------------------------------
# Chunk 6: phishing impersonating providers
# ---------------------------------------------------------------------------

add(src="https://stevemetivier.com/phishing-scheme-using-namecheap/",
    provider="Namecheap (impersonated)", label="billing", orig="2021-04-12", target="2028-08-12",
    time="04:37:19", tz="+0000", deadline="none",
    frm="Namecheap Support <support@namecheap-billing-center.example>",
    to="hostmaster@cheapestwaytoship.example",
    subject="Your payment method isn't valid",
    body="""Update it now or risk losing your products.

Hey,

We couldn't renew one or more items in your account.
That's not a big problem - as long as you take care of it right away.

Domain :  cheapestwaytoship.example

Expired : [[2021-04-10|%B %d, %Y]]

Renew now:
https://namecheap-billing-center.example/myaccount/renew?item=cheapestwaytoship

If the payment is not updated, the domain and all related products may be
released.

Thanks for choosing Namecheap.

Namecheap Support Team
4600 East Washington Street, Suite 305, Phoenix, AZ 85034, USA
""", phishing=True, ja=False)

add(src="http://hayker-solutions.de/2017/10/30/phishing-mails-von-strato/",
    provider="Strato (impersonated)", label="billing", orig="2017-10-30", target="2028-08-09",
    time="03:12:48", tz="+0100", deadline="none",
    frm="STRATO Kundendienst <noreply@strato.de>",
    to="info@weingut-hollmer.example",
    subject="Ihre Dienstleistungen: offener Betrag für die Erneuerung",
    body="""Strato Kundendienst
BP 438 – 75366 Berlin CEDEX 08
Germaney

Sehr geehrter Kunde,

Du hast eine Schuld von 5,00 €
Ein Betrag von 5,00 € ist für die Erneuerung Ihrer Dienstleistungen fällig.

Informationen :

Um eine Unterbrechung Ihrer Strato-Dienste zu vermeiden, bitten wir Sie,
Ihre Situation so schnell wie möglich zu regeln und Ihre Zahlung per
Kreditkarte 24/7 zu tätigen.

Greifen Sie auf Ihr Zahlungsformular zu:
http://strato-kundenkonto-zahlung.example/erneuerung/formular.php

Herzliche Grüße
___________________________
Kundenbetreuung Strato S.p.A.
www.strato.de

Gehen Sie mit uns den richtigen Schritt in eine digitale Zukunft
""", phishing=True, ja=False)

add(src="https://mind-core.com/?p=19054",
    provider="npm (impersonated)", label="action-required", orig="2025-09-08", target="2028-08-16",
    time="09:01:33", tz="+0000", deadline="2025-09-10",
    frm="npm <support@npmjs-help.example>",
    to="maintainer@colorkit-js.example",
    subject="Two-Factor Authentication Update Required",
    body="""Hi, colorkit-maint!

As part of our ongoing commitment to account security, we are asking all
users to update their Two-Factor Authentication (2FA) credentials.

Our records indicate that it has been over 12 months since your last 2FA
update.

To keep your account secure and to avoid any interruption, please update
your 2FA credentials as soon as possible.

Please note: accounts with outdated 2FA credentials will be temporarily
locked starting [[2025-09-10|%B %-d, %Y]] to prevent unauthorized access.

Update 2FA Now:
https://www.npmjs-help.example/settings/colorkit-maint/tfa/update

If you have any questions, contact our support team.

Thank you for helping keep the npm registry secure.

The npm Team

GitHub, Inc. | 88 Colin P Kelly Jr St | San Francisco, CA 94107
""", phishing=True, ja=False)

# ---------------------------------------------------------------------------
# Build, re-read and check
# ---------------------------------------------------------------------------

MINIMUMS = {"critical": 11, "action-required": 6, "maintenance": 3, "pricing": 2,
            "billing": 2, "informational": 3}
DOC_NETS = ("192.0.2.", "198.51.100.", "203.0.113.")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
REQUIRED = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type",
            "Content-Transfer-Encoding", "X-Training-Label", "X-Training-Deadline"]


def ip_ok(a, b, c, d):
    ip = "%s.%s.%s.%s" % (a, b, c, d)
    if any(ip.startswith(n) for n in DOC_NETS):
        return True
    a, b = int(a), int(b)
    return a == 10 or (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168)


def detect_lang(text):
    words = re.findall(r"[A-Za-zÀ-ÿ]+", text)
    de = sum(w in ("Sie", "Ihr", "Ihre", "Ihren", "und", "der", "die", "das", "wir", "nicht") for w in words)
    fr = sum(w in ("vous", "votre", "nous", "les", "des", "est", "une", "pour", "dans") for w in words)
    if de > 5 and de >= fr:
        return "de"
    if fr > 5:
        return "fr"
    return "en"


def prepared():
    """Render every notice; return list of dicts sorted by send time."""
    out = []
    for n in NOTICES:
        orig, target = _d(n["orig"]), _d(n["target"])
        off = target - orig
        hh, mm, ss = map(int, n["time"].split(":"))
        sign = 1 if n["tz"][0] == "+" else -1
        tz = _dt.timezone(sign * _dt.timedelta(hours=int(n["tz"][1:3]), minutes=int(n["tz"][3:5])))
        when = _dt.datetime(target.year, target.month, target.day, hh, mm, ss, tzinfo=tz)
        dl = n["deadline"]
        if dl != "none":
            dl = (_d(dl) + off).isoformat()
        r = dict(n)
        r.update(offset=off.days, when=when, deadline_shifted=dl,
                 subject_r=render(n["subject"], off), body_r=render(n["body"], off))
        out.append(r)
    out.sort(key=lambda r: (r["when"].astimezone(_dt.timezone.utc), r["src"]))
    return out


def build():
    items = prepared()
    if os.path.exists(MBOX):
        os.remove(MBOX)
    box = mailbox.mbox(MBOX, create=True)
    box.lock()
    try:
        for i, r in enumerate(items, 1):
            msg = email.message.Message()
            msg["From"] = enc_addr(r["frm"])
            msg["To"] = enc_addr(r["to"])
            msg["Subject"] = enc_header(r["subject_r"])
            msg["Date"] = email.utils.format_datetime(r["when"])
            msg["Message-ID"] = "<%s.%02d.%s@training.set-%s.example>" % (
                NAME, i, r["when"].strftime("%Y%m%d"), NAME)
            msg["MIME-Version"] = "1.0"
            msg["Content-Type"] = "text/plain; charset=utf-8"
            body = r["body_r"]
            if not body.endswith("\n"):
                body += "\n"
            try:
                body.encode("ascii")
                msg["Content-Transfer-Encoding"] = "7bit"
                msg.set_payload(body)
            except UnicodeEncodeError:
                import quopri
                msg["Content-Transfer-Encoding"] = "quoted-printable"
                msg.set_payload(quopri.encodestring(body.encode("utf-8")).decode("ascii"))
            msg["X-Training-Label"] = r["label"]
            msg["X-Training-Deadline"] = r["deadline_shifted"]
            if r["phishing"]:
                msg["X-Training-Phishing"] = "yes"
            m = mailbox.mboxMessage(msg)
            sender = email.utils.parseaddr(r["frm"])[1]
            m.set_from(sender, r["when"].astimezone(_dt.timezone.utc).timetuple())
            box.add(m)
        box.flush()
    finally:
        box.unlock()
        box.close()
    return items


def check(items):
    problems = []
    raw = open(MBOX, "rb").read()
    if b"\r\n" in raw:
        problems.append("CRLF line endings found")
    box = mailbox.mbox(MBOX)
    msgs = list(box)
    if len(msgs) != len(items):
        problems.append("message count %d != %d" % (len(msgs), len(items)))
    ids = set()
    counts = {}
    crit = 0
    phish = 0
    for i, (m, r) in enumerate(zip(msgs, items), 1):
        tag = "#%02d %s" % (i, r["provider"])
        for h in REQUIRED:
            if m[h] is None:
                problems.append("%s: missing header %s" % (tag, h))
        for h, v in m.items():
            try:
                str(v).encode("ascii")
            except UnicodeEncodeError:
                problems.append("%s: non-ASCII header %s" % (tag, h))
        d = email.utils.parsedate_to_datetime(m["Date"])
        if (d.year, d.month) != (BATCH_YEAR, BATCH_MONTH):
            problems.append("%s: Date %s not in batch month" % (tag, m["Date"]))
        mid = m["Message-ID"]
        if not re.fullmatch(r"<%s\.%02d\.%s@training\.set-%s\.example>" % (
                NAME, i, d.strftime("%Y%m%d"), NAME), mid or ""):
            problems.append("%s: bad Message-ID %s" % (tag, mid))
        if mid in ids:
            problems.append("%s: duplicate Message-ID" % tag)
        ids.add(mid)
        lab = m["X-Training-Label"]
        if lab not in LABELS:
            problems.append("%s: bad label %s" % (tag, lab))
        dl = m["X-Training-Deadline"]
        if dl != "none":
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dl or ""):
                problems.append("%s: bad deadline %s" % (tag, dl))
            else:
                try:
                    _d(dl)
                except ValueError:
                    problems.append("%s: invalid deadline date %s" % (tag, dl))
        if m.get_content_type() != "text/plain" or (m.get_content_charset() or "") != "utf-8":
            problems.append("%s: content type %s" % (tag, m["Content-Type"]))
        body = m.get_payload(decode=True).decode("utf-8")
        cte = (m["Content-Transfer-Encoding"] or "").lower()
        try:
            body.encode("ascii")
            if cte not in ("7bit", "quoted-printable"):
                problems.append("%s: CTE %s for ASCII body" % (tag, cte))
        except UnicodeEncodeError:
            if cte != "quoted-printable":
                problems.append("%s: non-ASCII body not quoted-printable" % tag)
        expect = r["body_r"] if r["body_r"].endswith("\n") else r["body_r"] + "\n"
        if body != expect:
            problems.append("%s: body does not round-trip" % tag)
        subj = str(email.header.make_header(email.header.decode_header(m["Subject"])))
        if subj != r["subject_r"]:
            problems.append("%s: subject does not round-trip" % tag)
        for text in (body, subj):
            for mm in IPV4.finditer(text):
                if not ip_ok(*mm.groups()):
                    problems.append("%s: non-documentation IP %s" % (tag, mm.group(0)))
        is_ph = (m["X-Training-Phishing"] == "yes")
        if is_ph != bool(r["phishing"]):
            problems.append("%s: phishing header mismatch" % tag)
        if m["X-Training-Phishing"] not in (None, "yes"):
            problems.append("%s: bad X-Training-Phishing" % tag)
        if is_ph:
            phish += 1
        else:
            counts[lab] = counts.get(lab, 0) + 1
            if lab in ("abuse", "security-incident"):
                crit += 1
        if "[[" in body or "]]" in body:
            problems.append("%s: placeholder left in body" % tag)
    have = dict(counts, critical=crit)
    for k, v in MINIMUMS.items():
        if have.get(k, 0) < v:
            problems.append("minimum not met: %s has %d, needs %d" % (k, have.get(k, 0), v))
    if len(msgs) != 36 or phish != 3:
        problems.append("expected 36 notices with 3 phishing, got %d / %d" % (len(msgs), phish))
    return problems, counts, crit, phish


def main():
    items = build()
    problems, counts, crit, phish = check(items)
    with open(os.path.join(HERE, "used-sources.txt"), "w") as f:
        for r in items:
            f.write(r["src"] + "\n")
    if "--table" in sys.argv:
        for i, r in enumerate(items, 1):
            print("| %d | %s | %s | %s | %s | %s | %s |" % (
                i, r["label"], r["deadline_shifted"], r["provider"],
                "yes" if r["phishing"] else "no", detect_lang(r["body_r"]), r["src"]))
        print(counts, "critical=%d phishing=%d" % (crit, phish))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
