#!/usr/bin/env python3
"""Build the service table (Sources/DigestClassify/Resources/services.json) from botocore.

Every service model botocore ships (botocore/data/<service>/<api-version>/service-2.json[.gz]) names
its service several ways in its `metadata`: serviceFullName ("Amazon Relational Database Service"),
serviceAbbreviation ("Amazon RDS"), serviceId ("RDS"), endpointPrefix and signingName ("rds"). This
script takes the newest API version of each service, gives it an id -- the AWS Health service code,
the upper-case word AWS Health puts in `service` and in event type codes (AWS_RDS_...) -- merges the
services that share an id, and keeps the names as aliases when they are safe to match as whole words
in the prose of a notice.

The id is derived as AWS Health does for most services: the signing name (which is also the IAM
action prefix), else the last label of the endpoint prefix, upper-cased, with '-' as '_' and no
leading 'aws-' (elb and elbv2 sign as "elasticloadbalancing" -> ELASTICLOADBALANCING). Where Health
differs (docdb and neptune sign as "rds" but have codes of their own; CloudWatch's endpoint is
"monitoring"), and for names notices use that botocore lacks (Aurora, Application Load Balancer,
retired services no longer in botocore such as RoboMaker), scripts/service-aliases.json decides.
That file also lists the aliases that are ordinary words and must not be matched ("Backup",
"Support", "Deadline").

Usage: scripts/make-services.py [--check] [--explain] [--botocore-data DIR] [--output FILE]
  --check    write nothing; exit 1 if the output file differs from what would be written
  --explain  print, for every id, the botocore services it was built from and what was dropped
The output is deterministic: the same botocore and the same curated file give the same bytes.
"""

import argparse
import gzip
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CURATED = ROOT / "scripts" / "service-aliases.json"
OUTPUT = ROOT / "Sources" / "DigestClassify" / "Resources" / "services.json"

VENDOR_PREFIXES = ("Amazon ", "AWS ")


def fail(message):
    print(f"make-services: {message}", file=sys.stderr)
    sys.exit(2)


# --- botocore ------------------------------------------------------------------------------------


def botocore_data_dir(override):
    if override:
        return Path(override), "botocore (from " + override + ")"
    try:
        import botocore
    except ImportError:
        fail("botocore is not installed (pip install botocore), or pass --botocore-data")
    return Path(os.path.dirname(botocore.__file__)) / "data", "botocore " + botocore.__version__


def load_models(data_dir):
    """{service name: metadata} for the newest API version of every service that has a model."""
    models = {}
    for service in sorted(os.listdir(data_dir)):
        service_dir = data_dir / service
        if not service_dir.is_dir():
            continue
        # API versions are ISO dates (2014-10-31), so the newest sorts last.
        for version in sorted((v for v in os.listdir(service_dir) if (service_dir / v).is_dir()), reverse=True):
            plain = service_dir / version / "service-2.json"
            packed = service_dir / version / "service-2.json.gz"
            if plain.is_file():
                with open(plain, "rb") as f:
                    model = json.load(f)
            elif packed.is_file():
                with gzip.open(packed, "rb") as f:
                    model = json.load(f)
            else:
                continue
            models[service] = dict(model.get("metadata", {}), apiVersion=version)
            break
    if not models:
        fail(f"no service models under {data_dir}")
    return models


def derived_id(metadata):
    """The AWS Health service code most services have: the signing name (the IAM prefix), else the
    last label of the endpoint prefix ("api.ecr" -> "ecr"), upper case, '-' as '_'."""
    endpoint = (metadata.get("endpointPrefix") or "").split(".")[-1]
    signing = metadata.get("signingName") or ""
    # Only a plain lower-case signing name is an IAM-style prefix ("IoTSecuredTunneling" is not).
    raw = signing if re.fullmatch(r"[a-z0-9-]+", signing) else endpoint
    if raw.startswith("aws-"):  # "aws-marketplace"
        raw = raw[len("aws-"):]
    return raw.upper().replace("-", "_")


# --- names ---------------------------------------------------------------------------------------


def tokens(text):
    """The words ServiceCatalog matches: runs of ASCII letters, digits and '-', lower-cased."""
    return tuple(re.findall(r"[a-z0-9-]+", text.lower()))


def key(text):
    return " ".join(tokens(text))


def tidy(text):
    return " ".join((text or "").split())


def without_service_suffix(name, service_id):
    """ "Amazon Connect Service" -> "Amazon Connect" when the service id says the product is "Connect"."""
    match = re.fullmatch(r"((?:Amazon|AWS) (.+)) Service", name)
    if match and key(match.group(2)).replace(" ", "") == key(service_id).replace(" ", ""):
        return match.group(1)
    return None


def display_name(metadata):
    full = tidy(metadata.get("serviceFullName"))
    return without_service_suffix(full, tidy(metadata.get("serviceId"))) or full


def candidate_names(service, metadata):
    """Every name botocore gives a service, and the forms of them notices use."""
    full = tidy(metadata.get("serviceFullName"))
    abbreviation = tidy(metadata.get("serviceAbbreviation"))
    service_id = tidy(metadata.get("serviceId"))
    names = []
    for name in (full, abbreviation, service_id):
        if not name:
            continue
        names.append(name)
        # "Amazon DynamoDB Accelerator (DAX)" -> "Amazon DynamoDB Accelerator", "DAX"
        match = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", name)
        if match:
            names += [match.group(1), match.group(2)]
    for name in list(names):
        short = without_service_suffix(name, service_id)
        if short:
            names.append(short)
    for name in list(names):
        for prefix in VENDOR_PREFIXES:
            if name.startswith(prefix):
                names.append(name[len(prefix):])  # "AWS Lambda" -> "Lambda", "Amazon RDS" -> "RDS"
    return names


def generated_name_problem(name, curated):
    """Why a name botocore gives may not be an alias, or None. Curated aliases skip this test."""
    if not tokens(name):
        return "no words"
    if re.match(r"(?:AWS|Amazon)[A-Z]", name):
        return "joined identifier"  # AWSBudgets, AmazonMQ, AmazonApiGatewayV2
    if not re.search(r"[A-Z]", name):
        return "lower-case identifier"  # "odb", "codestar notifications", "deadline"
    words = tokens(name)
    if len(words) == 1 and len(re.sub(r"[^a-z0-9]", "", words[0])) <= 3 and key(name) not in curated["keepShort"]:
        return "short"  # "MQ", "PI", "RAM", "ES": matched in any case, they are ordinary words
    return None


# --- curated file --------------------------------------------------------------------------------


def load_curated(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    curated = {"ids": {}, "names": {}, "add": {}, "keepShort": set(), "reject": {}}
    for entry in data["ids"]:
        for service in entry["botocore"]:
            if service in curated["ids"]:
                fail(f"{path}: botocore service {service} has two ids")
            curated["ids"][service] = entry["id"]
    for entry in data["services"]:
        if entry["id"] in curated["names"]:
            fail(f"{path}: two names for {entry['id']}")
        curated["names"][entry["id"]] = entry["name"]
    for entry in data["aliases"]:
        curated["add"].setdefault(entry["id"], []).extend(entry["add"])
    curated["keepShort"] = {key(a) for a in data["keepShort"]["aliases"]}
    for entry in data["reject"]:
        for alias in entry["aliases"]:
            curated["reject"][key(alias)] = entry["comment"]
    for entry in data["ids"] + data["services"] + data["aliases"] + data["reject"] + [data["keepShort"]]:
        if not entry.get("comment"):
            fail(f"{path}: entry without a comment: {entry}")
    for entry in data["ids"] + data["services"] + data["aliases"]:
        if not re.fullmatch(r"[A-Z0-9_]+", entry["id"]):
            fail(f"{path}: {entry['id']!r} is not an AWS Health service code (upper case, digits, '_')")
    for entry in data["services"]:
        if not tokens(entry["name"]):
            fail(f"{path}: the name of {entry['id']} has no words")
    for entry in data["aliases"]:
        for alias in entry["add"]:
            if not tokens(alias):
                fail(f"{path}: alias {alias!r} of {entry['id']} has no words")
    return curated


# --- table ---------------------------------------------------------------------------------------


def build(models, curated):
    members = {}  # id -> [botocore service names]
    for service, metadata in models.items():
        members.setdefault(curated["ids"].get(service) or derived_id(metadata), []).append(service)
    for service in curated["ids"]:
        if service not in models:
            print(f"make-services: note: curated botocore service {service} is not in this botocore", file=sys.stderr)
    for service_id in set(curated["names"]) | set(curated["add"]):
        members.setdefault(service_id, [])  # a service botocore lacks (retired, or not an API)

    explain = {}
    table = {}
    unsafe_names = []
    for service_id, services in members.items():
        # The display name: the curated one, else the full name of the member named like the id
        # (elb for ELASTICLOADBALANCING, rds for RDS), else of the first member.
        services.sort(key=lambda s: (s.upper().replace("-", "_") != service_id, derived_id(models[s]) != service_id, s))
        name = curated["names"].get(service_id)
        if not name:
            if not services:
                fail(f"{service_id} has aliases but no name and no botocore service")
            name = display_name(models[services[0]])
        problem = generated_name_problem(name, curated) if service_id not in curated["names"] else None
        if problem or key(name) in curated["reject"]:
            unsafe_names.append(f"{service_id} {name!r} ({problem or 'rejected'})")
        aliases = {}  # key -> (spelling, curated?)
        dropped = []
        for alias in curated["add"].get(service_id, []):
            aliases.setdefault(key(alias), (alias, True))
        for service in services:
            for alias in candidate_names(service, models[service]):
                k = key(alias)
                reason = generated_name_problem(alias, curated) or (
                    "rejected: " + curated["reject"][k] if k in curated["reject"] else None)
                if reason:
                    dropped.append((alias, reason))
                elif k not in aliases:
                    aliases[k] = (alias, False)
        aliases.pop(key(name), None)  # the name is matched anyway
        table[service_id] = {"name": name, "aliases": aliases}
        explain[service_id] = {"botocore": services, "dropped": dropped}

    if unsafe_names:
        fail("these names are not safe to match; give them a name in service-aliases.json:\n  "
             + "\n  ".join(sorted(unsafe_names)))

    # An alias two services claim belongs to the service it is the name of, else to the one the
    # curated file gives it to, else to neither.
    by_name = {}
    for service_id, entry in table.items():
        other = by_name.setdefault(key(entry["name"]), service_id)
        if other != service_id:
            fail(f"{other} and {service_id} have the same name {entry['name']!r}")
    claims = {}
    for service_id, entry in table.items():
        for k, (_, is_curated) in entry["aliases"].items():
            claims.setdefault(k, []).append((service_id, is_curated))
    for k, claimants in sorted(claims.items()):
        if len(claimants) < 2 and k not in by_name:
            continue
        curated_claimants = [c[0] for c in claimants if c[1]]
        keep = by_name.get(k) or (curated_claimants[0] if len(curated_claimants) == 1 else None)
        for service_id, _ in claimants:
            if service_id != keep:
                spelling = table[service_id]["aliases"].pop(k)[0]
                others = sorted({c[0] for c in claimants} | ({by_name[k]} if k in by_name else set()))
                others.remove(service_id)
                explain[service_id]["dropped"].append((spelling, "also names " + ", ".join(others)))

    services = []
    for service_id in sorted(table):
        entry = table[service_id]
        spellings = sorted({a[0] for a in entry["aliases"].values()}, key=lambda a: (a.casefold(), a))
        services.append({"id": service_id, "name": entry["name"], "aliases": spellings})
    return services, explain


def render(services, source):
    return json.dumps({"generatedFrom": source, "services": services}, indent=2, ensure_ascii=False) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--botocore-data", help="a botocore/data directory (default: the installed botocore's)")
    parser.add_argument("--curated", default=str(CURATED), help="the curated file (default: %(default)s)")
    parser.add_argument("--output", default=str(OUTPUT), help="where to write (default: %(default)s)")
    parser.add_argument("--check", action="store_true", help="exit 1 if the output is not up to date")
    parser.add_argument("--explain", action="store_true", help="print where each id comes from")
    args = parser.parse_args()

    data_dir, source = botocore_data_dir(args.botocore_data)
    models = load_models(data_dir)
    curated = load_curated(args.curated)
    services, explain = build(models, curated)
    text = render(services, source)

    if args.explain:
        for service_id in sorted(explain):
            print(f"{service_id}: {', '.join(explain[service_id]['botocore']) or '(curated only)'}")
            for alias, reason in sorted(set(explain[service_id]["dropped"])):
                print(f"    dropped {alias!r}: {reason}")
    output = Path(args.output)
    if args.check:
        current = output.read_text(encoding="utf-8") if output.exists() else None
        if current != text:
            print(f"make-services: {output} is out of date; run scripts/make-services.py", file=sys.stderr)
            sys.exit(1)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
    print(f"make-services: wrote {len(services)} services from {len(models)} botocore models ({source}) to {output}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
