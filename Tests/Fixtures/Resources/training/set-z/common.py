"""Shared fictional names for set Z (all invented)."""

HL = "harbourline-ops.example"


def hl(user, name=""):
    return ("%s <%s@%s>" % (name, user, HL)) if name else "%s@%s" % (user, HL)


AWS_FOOTER = """Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210."""

AWS_HEALTH_FOOTER = """You are receiving this notification because your AWS account is subscribed to AWS Health events. To view this event in the AWS Health Dashboard, sign in to the AWS Management Console.

""" + AWS_FOOTER

AWS_SIG = """Sincerely,
Amazon Web Services"""
