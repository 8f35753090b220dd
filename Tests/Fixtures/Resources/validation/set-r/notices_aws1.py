# AWS, English: abuse, security incidents, advisories, maintenance (r001-r015)

AWS = ("Amazon Web Services", "no-reply-aws@amazon.com")
AWS_ABUSE = ("AWS Trust & Safety", "ec2-abuse@amazon.com")
AWS_HEALTH = ("AWS Health", "health@aws.com")

FOOTER = """Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210."""

NOTICES = [
dict(
    id="r001", provider="AWS", label="abuse", deadline="2026-08-05", rel=("days", 1),
    date="2026-08-04 02:17:33 +0000", sender=AWS_ABUSE, to="aws+hida@northgate-mc.example",
    subject="Your Amazon EC2 Abuse Report [16289774501-1] [AWS ID 268840157392]",
    lang="en", fmt="plain",
    body="""Hello,

We've received a report(s) that your AWS resource(s)

AWS ID: 268840157392
Instance Id: i-0b7d41c9e2a6f3085
Region: ap-northeast-1
Public IP: 203.0.113.47

has been implicated in activity which resembles scanning remote hosts on the internet for security vulnerabilities. Activity of this nature is forbidden in the AWS Acceptable Use Policy (https://aws.amazon.com/aup/). We've included the original report below for your review.

Please take action to stop the reported activity and reply directly to this email with details of the corrective actions you have taken. If you do not consider the activity described in these reports to be abusive, please reply to this email with details of your use case.

If you're unaware of this activity, it's possible that your environment has been compromised by an external attacker, or a vulnerability is allowing your machine to be used in a way that it was not intended.

We are unable to assist you with troubleshooting or technical inquiries. However, for guidance on securing your instance, we recommend reviewing the following resources:

* Amazon EC2 Security Groups User Guide for Linux Instances: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-security-groups.html
* Tips for Securing Your EC2 Instance: https://aws.amazon.com/articles/tips-for-securing-your-ec2-instance/

Please remember that you are responsible for ensuring that your instances and all applications are secured. Please respond within 24 hours. If we do not receive a response, we may take action against your resources, up to and including blocking traffic to or from the instance.

Case Number: 16289774501-1

Regards,
AWS Trust & Safety

Abuse Case Number: 16289774501-1

-------- Original report --------
Reported IP: 203.0.113.47
Activity: TCP SYN scan, destination ports 22, 23, 2375, 6379, 9200
Observed: 2026-08-03 17:40 UTC to 2026-08-03 19:02 UTC
Hits against our sensor network: 48,211
Reporter: sensor network operator (details withheld)
""",
),
dict(
    id="r002", provider="AWS", label="abuse", deadline=None,
    date="2026-08-11 06:48:02 +0000", sender=AWS, to="aws+coralcoast@northgate-mc.example",
    subject="Amazon SES Sending Pause for account 730519846213 in region AP-SOUTHEAST-2",
    lang="en", fmt="plain",
    body="""Hello,

Thank you for using Amazon Simple Email Service (Amazon SES). We are writing to notify you that we have paused the ability of your AWS account to send email using Amazon SES in the AP-SOUTHEAST-2 region. We have taken this action because the complaint rate for your account is 0.71%, which is too high. A high complaint rate can harm the reputation of the Amazon SES IP addresses and cause email from all senders to be treated as spam.

Your account was placed under review on 2026-07-21 and the complaint rate did not improve during the review period. As a result, the pause is now in effect. Messages that you attempt to send will be rejected until the pause is lifted.

The affected account and region are:

AWS account ID: 730519846213
Region: AP-SOUTHEAST-2
Verified identities with the most complaints: mail.coralcoast-tourism.example, offers.coralcoast-tourism.example

We encourage you to review your sending practices. Common causes of complaints include sending to recipients who did not explicitly opt in, sending to purchased or rented lists, and not honouring unsubscribe requests promptly.

If you would like us to reconsider this decision, open the Virtual Support Dashboard (VSD) in the Amazon SES console and provide details of the changes you have made, including how you obtain recipient addresses and how you process complaints. We will review your request and respond as quickly as possible.

For more information, see "Sending review process FAQs" in the Amazon SES Developer Guide: https://docs.aws.amazon.com/ses/latest/dg/faqs-enforcement.html

Sincerely,
The Amazon SES Team

""" + FOOTER,
),
dict(
    id="r003", provider="AWS", label="abuse", deadline="2026-09-02", bland=True,
    date="2026-08-12 00:09:51 +0000", sender=AWS, to="aws+sakae@northgate-mc.example",
    subject="Your Amazon SES account",
    lang="en", fmt="plain",
    body="""Hello,

We are contacting you regarding the use of Amazon Simple Email Service (Amazon SES) by your AWS account 412733580962 in the AP-NORTHEAST-1 (Tokyo) region.

Your account has been placed under review because the bounce rate for your account is 11.8%, which exceeds the 10% level at which we place accounts under review. Bounces at this level typically indicate that a sender is mailing to old lists, lists that were not collected with permission, or addresses that were typed incorrectly and never verified.

Your account can still send email while it is under review. However, if the bounce rate has not decreased to a healthy level by the end of the review period on September 2, 2026, we may pause your ability to send email.

Between now and then we recommend that you:

- Remove addresses that have hard bounced from your mailing lists, and stop sending to addresses on the account-level suppression list.
- Check the lists used by the "sakae-newsletter" configuration set. Most of the recent bounces came from that configuration set.
- Use confirmed opt-in for new subscribers.
- Set up bounce and complaint notifications so that you can act on them automatically.

When you have corrected the issue, please let us know by replying to the case in the Virtual Support Dashboard, explaining what you changed. If you have questions, you can reach us through the same dashboard.

Thank you,
Amazon Web Services

Bounce rate at time of review: 11.8%
Review case ID: 2847019936

""" + FOOTER,
),
dict(
    id="r004", provider="AWS", label="abuse", deadline="2026-08-19", rel=("days", 1),
    date="2026-08-18 05:40:12 +0000", sender=AWS_ABUSE, to="aws+coralcoast@northgate-mc.example",
    subject="Your AWS Abuse Report [17304416290-1] [AWS ID 730519846213]",
    lang="en", fmt="plain",
    fwd=dict(
        sender=("Tom Whitlock", "tom.whitlock@northgate-mc.example"),
        to="melbourne-ops@northgate-mc.example",
        cc="security@northgate-mc.example",
        date="2026-08-18 16:10:44 +1000",
        note="""Team,

Forwarding the abuse report below for Coral Coast. Looks like the old WordPress box behind the specials site (www2) is serving a fake Microsoft login page. Jess, can you pull the instance out of the target group and snapshot it before we clean anything up? I'll reply to AWS once we know how it got in. They want an answer within 24 hours.

Tom""",
    ),
    body="""Hello,

We've received a report(s) that your AWS resource(s)

AWS ID: 730519846213
Instance Id: i-04e19a7c5d2b08f61
Region: ap-southeast-2
Public IP: 198.51.100.23

has been implicated in hosting a phishing website. Activity of this nature is forbidden in the AWS Acceptable Use Policy (https://aws.amazon.com/aup/). We've included the original report below for your review.

Please remove the content and reply to this email with details of the corrective actions you have taken. If the content is hosted without your knowledge, it's likely that your application or server has been compromised; in that case, please also remove any other unauthorized content and address the vulnerability that allowed it.

Please respond within 24 hours. If we do not receive a response, we may block access to the resource(s) or take further action against your account.

If you believe this report was made in error, reply to this email and describe your use case so that we can review it.

Regards,
AWS Trust & Safety

Abuse Case Number: 17304416290-1

-------- Original report --------
URL: http://198.51.100.23/wp-content/uploads/2026/08/o365/login.php
Target brand: Microsoft
Detection source: phishing feed partner
First seen: 2026-08-17 21:13 UTC
Status: live at time of report
""",
),
dict(
    id="r005", provider="AWS", label="abuse", deadline=None, bland=True,
    date="2026-08-08 11:26:05 +0000", sender=AWS_ABUSE, to="aws+sakae@northgate-mc.example",
    subject="Re: Your AWS Abuse Report [15928830142-1] [AWS ID 412733580962]",
    in_reply_to="<c2b9f00e41d7a8ee.ab12@northgate-mc.example>",
    lang="en", fmt="plain",
    body="""Hello,

Thank you for your reply and for the details of the corrective actions you have taken. Based on your response and our own review, the reported activity (outbound UDP flood towards a third-party game server) is no longer being observed from your resource.

We have updated the status of this abuse report to resolved. No further action is required from you at this time and we have not applied any restrictions to your account.

As a reminder, you remain responsible for the security of your instances. The steps you described (rebuilding the instance from a clean AMI, removing the exposed Redis port from the security group and rotating the credentials stored on the host) are good practice, and we also recommend enabling Amazon GuardDuty so that similar activity is detected sooner.

If the activity resumes, we will contact you again under a new case number.

Regards,
AWS Trust & Safety

Abuse Case Number: 15928830142-1

-----Original Message-----
From: Northgate Managed Cloud Security <security@northgate-mc.example>
Sent: 2026-08-07 09:52 UTC
Subject: RE: Your AWS Abuse Report [15928830142-1] [AWS ID 412733580962]

Hello AWS Trust & Safety,

We manage AWS account 412733580962 on behalf of Sakae Printing. Instance i-09a3f5e71c2d84b60 was compromised through an unauthenticated Redis service that had been left open to the internet during a migration. We stopped the instance at 07:40 UTC, rebuilt it from a clean image, restricted port 6379 to the application subnet and rotated all credentials that were stored on the host. No further outbound traffic has been seen since 07:40 UTC.

Regards,
Kenji Morimoto
Northgate Managed Cloud - Tokyo Operations
""",
),
dict(
    id="r006", provider="AWS", label="security-incident", deadline="2026-08-11", rel=("days", 5),
    date="2026-08-06 03:02:47 +0000", sender=AWS, to="aws+westmark@northgate-mc.example",
    subject="[Action Required] Your AWS Access Key is exposed for AWS account 591306624870",
    lang="en", fmt="plain",
    body="""Hello,

We have become aware that the AWS Access Key AKIAXW4EXAMPLE7Q2RT, belonging to IAM user "wml-docs-sync", along with the corresponding Secret Key is publicly available online at https://github.com/wml-intake-tools/doc-sync/blob/4f7a2c1/config/settings.py.

Your security is important to us and this exposure of your account's IAM credentials poses a security risk to your AWS account, could lead to excessive charges from unauthorized activity, and violates the AWS Customer Agreement or other agreement with us governing your use of our Services.

To protect your account from excessive charges, we may have applied the "AWSCompromisedKeyQuarantineV3" AWS Managed Policy to the IAM user. This policy denies access to certain actions. Please do not remove the policy until you have completed the steps below.

Please follow the instructions below to secure your account:

Step 1: Rotate and delete the exposed AWS Access Key AKIAXW4EXAMPLE7Q2RT.
Step 2: Check your AWS CloudTrail log for unsanctioned activity such as creation of unauthorized IAM users, policies, roles or access keys, and launches of EC2 instances, Lambda functions or EKS clusters you do not recognize.
Step 3: Review your AWS account for any unauthorized usage in the Billing console, and delete any unauthorized resources.
Step 4: Reply to the Support Case opened for this issue, case 17655319840, to let us know the steps above are complete.

If you do not respond within 5 days, we may take further steps to protect your account, which may include suspending it.

For more information, see "What do I do if I notice unauthorized activity in my AWS account?": https://repost.aws/knowledge-center/potential-account-compromise

Sincerely,
Amazon Web Services

""" + FOOTER,
),
dict(
    id="r007", provider="AWS", label="security-incident", deadline="2026-08-28", rel=("bdays", 5),
    bland=True,
    date="2026-08-21 14:55:09 +0000", sender=AWS, to="aws+sakae@northgate-mc.example",
    subject="Your AWS account 412733580962",
    lang="en", fmt="plain",
    body="""Hello,

We have detected activity in your AWS account 412733580962 that indicates your account may have been accessed by an unauthorized party. Between 2026-08-21 09:12 UTC and 2026-08-21 13:40 UTC, the following resources were created using the IAM role "sakae-ci-deploy" from IP addresses that your account has not used before:

- 38 x c6i.16xlarge instances in us-east-1
- 24 x c6i.16xlarge instances in eu-west-3
- 1 IAM user named "support-admin" with the AdministratorAccess policy attached
- 2 new access keys for the IAM user "support-admin"

The estimated charges associated with this activity are approximately USD 4,180 so far and are increasing.

To protect your account, please complete the following steps as soon as possible:

1. Change the password of the root user and of all IAM users with console access, and enable MFA for each of them.
2. Delete the IAM user "support-admin" and any other users, roles or policies you did not create.
3. Review the trust policy of the role "sakae-ci-deploy" and revoke any active sessions for it.
4. Terminate all unrecognized EC2 instances in every region, and check for unrecognized spot requests, launch templates and Lambda functions.
5. Review AWS CloudTrail event history in all regions.

Once you have completed these steps, please respond to support case 17701294563 in the AWS Support Center within 5 business days. If the unauthorized activity continues, or if we do not hear from you, we may restrict access to your account to limit further charges.

Depending on the circumstances, you may be eligible for a billing adjustment for charges resulting from the unauthorized usage once your account has been secured.

Sincerely,
Amazon Web Services

""" + FOOTER,
),
dict(
    id="r008", provider="AWS", label="security-incident", deadline=None, bland=True, short_ok=True,
    date="2026-08-16 19:31:27 +0000",
    sender=("AWS Notifications", "no-reply@sns.amazonaws.com"), to="security@northgate-mc.example",
    subject="AWS Notification Message",
    lang="en", fmt="plain", cte="quoted-printable",
    body="""{"version":"0","id":"7d2c91f4-5b0e-4a6e-9f03-1e8c6d5a2b47","detail-type":"GuardDuty Finding","source":"aws.guardduty","account":"268840157392","time":"2026-08-16T19:30:58Z","region":"ap-northeast-1","resources":[],"detail":{"schemaVersion":"2.0","accountId":"268840157392","region":"ap-northeast-1","id":"4ec8a93b21f07d6c5a1e2f9087b3d4c6","type":"CryptoCurrency:EC2/BitcoinTool.B!DNS","resource":{"resourceType":"Instance","instanceDetails":{"instanceId":"i-0f5a82c3d91e4b7a2","instanceType":"m5.xlarge","tags":[{"key":"Name","value":"hida-inventory-batch"},{"key":"Customer","value":"Hida Timber"}],"networkInterfaces":[{"privateIpAddress":"10.42.3.117","publicIp":"203.0.113.88","vpcId":"vpc-0a1b2c3d4e5f60718"}]}},"service":{"serviceName":"guardduty","detectorId":"a2c4e6f8b0d1e3f5a7c9e1b3d5f7a9c1","action":{"actionType":"DNS_REQUEST","dnsRequestAction":{"domain":"pool.xmr-relay.invalid","protocol":"UDP","blocked":false}},"evidence":{"threatIntelligenceDetails":[{"threatListName":"ProofPoint","threatNames":["CryptoCurrency"]}]},"count":412,"eventFirstSeen":"2026-08-16T17:02:11Z","eventLastSeen":"2026-08-16T19:28:40Z","additionalInfo":{"relatedFindings":["Backdoor:EC2/C&CActivity.B","Execution:Runtime/NewBinaryExecuted"],"note":"Process /tmp/.x/kswapd0 started by user www-data; outbound connections on TCP 3333"}},"severity":8,"createdAt":"2026-08-16T17:03:09Z","updatedAt":"2026-08-16T19:30:58Z","title":"EC2 instance i-0f5a82c3d91e4b7a2 is querying a domain name that is associated with Bitcoin-related activity.","description":"EC2 instance i-0f5a82c3d91e4b7a2 is querying a domain name that is associated with Bitcoin-related activity. This instance may be compromised and is being used to mine cryptocurrency."}}

--
If you wish to stop receiving notifications from this topic, please click or visit the link below to unsubscribe:
https://sns.ap-northeast-1.amazonaws.com/unsubscribe.html?SubscriptionArn=arn:aws:sns:ap-northeast-1:268840157392:guardduty-high-findings:6b1e9d3a-27c4-4f58-a0d2-93e7c15b8f64&Endpoint=security@northgate-mc.example

Please do not reply directly to this email. If you have any questions or comments regarding this email, please contact us at https://aws.amazon.com/support
""",
),
dict(
    id="r009", provider="AWS", label="security-incident", deadline=None, bland=True,
    date="2026-08-26 22:14:40 +0000", sender=AWS, to="aws+coralcoast@northgate-mc.example",
    subject="Re: [Case 17738204561] Unexpected IAM users and EC2 charges in account 730519846213",
    in_reply_to="<5f1a0c93e7b24d18.7c3e@northgate-mc.example>",
    lang="en", fmt="plain",
    body="""Hello,

Thank you for contacting AWS Support, and for the information you provided about the unexpected IAM users in account 730519846213.

I have reviewed the activity in your account with our security team. I can confirm that the root user credentials of the account were used to sign in to the AWS Management Console on 2026-08-24 at 18:02 UTC and again at 18:47 UTC, from IP addresses 192.0.2.155 and 192.0.2.161, which do not match any sign-in you described. During these sessions two IAM users ("backup-svc2" and "ops-temp") were created, access keys were issued for both, and 16 g5.2xlarge instances were launched in sa-east-1 and ap-south-1. The root user did not have MFA enabled at the time.

I can see that you have already reset the root password, enabled MFA, deleted "ops-temp" and terminated the instances. To finish securing the account, please also:

- Delete the IAM user "backup-svc2", which still exists and still has one active access key.
- Check for any remaining resources in regions you do not use, including EBS snapshots, AMIs and key pairs created on 2026-08-24.
- Confirm that the email address on the root user is an address only your team can access.

Once these items are complete, please reply to this case so that we can review the unauthorized charges for a possible billing adjustment. A member of our billing team will follow up separately.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this message.

Best regards,
Daniel R.
Amazon Web Services

Check out the AWS Support Knowledge Center: https://repost.aws/knowledge-center

To see all the replies to this case and to reply, please sign in to the AWS Support Center: https://console.aws.amazon.com/support/home#/case/?displayId=17738204561

""" + FOOTER,
),
dict(
    id="r010", provider="AWS", label="security-incident", deadline=None,
    date="2026-08-25 01:12:36 +0000", sender=AWS, to="aws+sakae@northgate-mc.example",
    subject="Your AWS Access Key is compromised - AWS account 412733580962",
    lang="en", fmt="plain",
    fwd=dict(
        sender=("Aiko Tanabe", "aiko.tanabe@northgate-mc.example"),
        to="security@northgate-mc.example",
        date="2026-08-25 10:41:02 +0900",
        note="""Hi security team,

FYI, this one came in overnight for the Sakae account. The key belongs to the print-queue uploader user, and AWS has already attached the quarantine policy. I've disabled the key and I'm checking CloudTrail now. Can somebody confirm whether Sakae's developers pushed the Docker image publicly? The layer in question is on Docker Hub.

Thanks,
Aiko""",
    ),
    body="""Hello,

Your AWS Access Key AKIAQ7Z2EXAMPLEN4MPK, belonging to IAM user "sakae-printq-uploader", along with the corresponding Secret Key has been found publicly available in a container image layer at https://hub.docker.com/r/sakaeprintdev/printq-agent (tag 2.4.1, file /app/.env).

Because this exposure poses a risk to your account, we have applied the "AWSCompromisedKeyQuarantineV3" AWS Managed Policy to the IAM user "sakae-printq-uploader". This policy restricts the use of the key for actions that are commonly used for unauthorized activity, such as launching instances, creating IAM entities and changing account settings. Do not remove this policy until you have secured your account.

Please take the following steps to secure your account:

1. Delete the exposed access key AKIAQ7Z2EXAMPLEN4MPK and create a new key if it is still needed. Update your applications to use the new key.
2. Remove the credentials from the public image and rebuild the image without embedded secrets. Consider using IAM roles or AWS Secrets Manager instead of long-term access keys.
3. Review AWS CloudTrail for actions taken with the exposed key, and check the Billing console for unexpected usage in all AWS Regions.
4. Reply to support case 17719950417 once complete.

Our records show that the key was used from an IP address outside your usual locations at 2026-08-24 22:51 UTC to call ListBuckets and GetObject on the bucket "sakae-customer-proofs". Please review whether any objects in that bucket were accessed.

For more information, see: https://repost.aws/knowledge-center/potential-account-compromise

Sincerely,
Amazon Web Services

""" + FOOTER,
),
dict(
    id="r011", provider="AWS", label="security-advisory", deadline=None,
    date="2026-08-13 20:05:00 +0000",
    sender=("AWS Security Bulletins", "aws-security-bulletins@amazon.com"),
    to="security@northgate-mc.example",
    subject="AWS Security Bulletin AWS-2026-022: CVE-2026-38812 in OpenSSH server",
    lang="en", fmt="plain",
    body="""AWS Security Bulletin
Bulletin ID: AWS-2026-022
Scope: AWS
Content Type: Important (requires attention)
Publication Date: 2026/08/13 12:30 PM PDT

Description:

AWS is aware of CVE-2026-38812, a recently disclosed issue in OpenSSH server (sshd) versions 9.6 through 9.9. Under specific non-default configurations that use the "ExposeAuthInfo" option together with certain PAM modules, an unauthenticated remote attacker may be able to cause sshd to crash, and in limited circumstances may be able to execute code as an unprivileged user. AWS infrastructure and services are not affected.

Amazon Linux:

Amazon Linux 2023 has released updated openssh packages that address this issue (ALAS2023-2026-1187). Amazon Linux 2 is not affected, because it ships an earlier OpenSSH version. Customers running Amazon Linux 2023 are recommended to update using "sudo dnf upgrade --releasever=latest openssh" and restart sshd. Updated Amazon Linux 2023 AMIs containing the fix are available from 2026-08-13.

Amazon EC2 and other operating systems:

Customers who run other operating systems on Amazon EC2 should obtain updates from their operating system vendor. As a general best practice, we recommend that customers restrict SSH access using security groups, or use AWS Systems Manager Session Manager instead of exposing port 22.

AWS Elastic Beanstalk:

Updated platform versions will be released in the coming days. Customers with managed platform updates enabled will receive the update automatically during their maintenance window.

Please send security questions or concerns to aws-security@amazon.com.

You are receiving this email because you subscribed to AWS security bulletins. To stop receiving these emails, update your preferences at https://aws.amazon.com/security/security-bulletins/subscribe/.
""",
),
dict(
    id="r012", provider="AWS", label="security-advisory", deadline=None, bland=True,
    date="2026-08-19 08:20:14 +0000", sender=AWS, to="aws+westmark@northgate-mc.example",
    subject="Important information about your AWS account",
    lang="en", fmt="plain",
    body="""Hello,

As part of our ongoing efforts to help customers protect their AWS accounts, we are letting you know about settings in your account that increase the risk of unauthorized access. We have not detected any unauthorized activity in your account; this message is a recommendation only.

Account ID: 591306624870
Account name: westmark-legal-prod

Our review found the following:

- The root user of this account has an active access key (created 2019-03-11, last used 2026-08-02). AWS recommends that you do not create access keys for the root user, and that you delete any that exist.
- Multi-factor authentication (MFA) is not enabled for the root user.
- 4 IAM users have access keys that have not been rotated in more than 365 days.
- 2 security groups allow inbound traffic on port 3389 (RDP) from 0.0.0.0/0.

We recommend that you:

1. Delete the root user access key and use IAM roles or IAM Identity Center for programmatic and administrative access.
2. Enable MFA for the root user. You can register up to 8 MFA devices.
3. Rotate long-lived access keys regularly, or replace them with temporary credentials.
4. Restrict RDP access to known IP ranges or use AWS Systems Manager Fleet Manager.

You can review these and other checks at any time in AWS Trusted Advisor and AWS Security Hub.

For more information, see the AWS Security Best Practices in IAM: https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html

Sincerely,
Amazon Web Services

""" + FOOTER,
),
dict(
    id="r013", provider="AWS", label="maintenance", deadline="2026-08-27",
    date="2026-08-13 04:44:18 +0000", sender=AWS, to="aws+hida@northgate-mc.example",
    subject="[Scheduled] Amazon EC2 system-reboot maintenance in AP-NORTHEAST-1",
    lang="en", fmt="plain",
    body="""Hello,

One or more of your Amazon EC2 instances in the ap-northeast-1 region is scheduled for a system reboot as part of routine maintenance of the underlying host. During the scheduled window, the affected instances will be rebooted and will be unavailable for a short period, typically a few minutes. Data on instance store volumes will be preserved; your instance's configuration, IP addresses and EBS volumes will not change.

Account: 268840157392

Affected instances:
i-0c21e7a94b5d3f806 (hida-erp-app-01)
i-07f3b8d25e91c4a6b (hida-erp-app-02)

Scheduled maintenance window:
Start: Thu, 27 Aug 2026 15:00:00 GMT
End:   Thu, 27 Aug 2026 17:00:00 GMT

If you would like to control when the reboot happens, you can reboot the instances yourself before the scheduled window. When you reboot an instance that is scheduled for system-reboot maintenance, the maintenance is completed as part of your reboot and the scheduled event is cancelled. You can also reschedule the event to a later date from the Events page of the Amazon EC2 console, up to the latest allowed date shown for the event.

You can view upcoming scheduled events for your instances in the Amazon EC2 console, in the AWS Health Dashboard, or by using the DescribeInstanceStatus API.

For more information, see "Scheduled events for your instances" in the Amazon EC2 User Guide: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/monitoring-instances-status-check_sched.html

If you have any questions or concerns, the AWS Support Team is available on AWS re:Post and via Premium Support at: https://aws.amazon.com/support

Sincerely,
Amazon Web Services

""" + FOOTER,
),
dict(
    id="r014", provider="AWS", label="maintenance", deadline="2026-09-06", bland=True,
    date="2026-08-20 17:03:55 +0000", sender=AWS, to="aws+westmark@northgate-mc.example",
    subject="Amazon RDS Notification",
    lang="en", fmt="plain",
    body="""Hello,

We are contacting you because one or more of your Amazon RDS for SQL Server DB instances in the ap-southeast-2 region has a required operating system update pending. The update includes security fixes and improvements to the underlying host operating system.

The following resources in account 591306624870 are affected:

wml-matters-db (db.m6i.xlarge, Multi-AZ)
wml-billing-db (db.r6i.large, Single-AZ)

The update will be applied automatically during the next preferred maintenance window of each instance that falls on or after September 6, 2026. Based on your current settings, this is:

wml-matters-db: Sun, 6 Sep 2026, 16:00-16:30 UTC
wml-billing-db: Sun, 6 Sep 2026, 16:30-17:00 UTC

For Multi-AZ instances, the standby is updated first, followed by a failover, which typically results in 60 to 120 seconds of downtime. Single-AZ instances will be unavailable for several minutes while the update is applied.

If you prefer, you can apply the update earlier at a time of your choosing from the Amazon RDS console (select the instance, choose Actions, then Upgrade now), or by using the ApplyPendingMaintenanceAction API. You can also change the preferred maintenance window of the instance.

For more information, see "Maintaining a DB instance" in the Amazon RDS User Guide: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Maintenance.html

If you have any questions or concerns, the AWS Support Team is available on AWS re:Post and via Premium Support.

Sincerely,
Amazon Web Services

""" + FOOTER,
),
dict(
    id="r015", provider="AWS", label="maintenance", deadline="2026-08-25",
    date="2026-08-11 09:37:21 +0000", sender=AWS, to="noc@northgate-mc.example",
    subject="AWS Direct Connect Planned Maintenance Notification [AWS Account: 184025937716]",
    lang="en", fmt="plain",
    body="""Hello,

We will be performing planned maintenance on the AWS Direct Connect equipment that terminates one or more of your connections. During this maintenance, the affected connections will be unavailable. If you have configured redundant connections, traffic will fail over to them.

Region: ap-southeast-4
Location: NEXTDC M1, Melbourne, Australia

Affected connections:
dxcon-fgk2x9a1 (northgate-mel-dx-a, 1Gbps)
  Virtual interfaces: dxvif-ffq3mb72 (coralcoast-private), dxvif-fgh81c0d (westmark-transit)

Maintenance window:
Start time: Tue, 25 Aug 2026 14:00 GMT
End time:   Tue, 25 Aug 2026 20:00 GMT
Expected impact: up to 30 minutes of connectivity loss within the window

Reason: replacement of a line card and software upgrade on the AWS router.

We recommend that you verify the health of your redundant connection (dxcon-ffc7n0s4, northgate-mel-dx-b) and your BGP configuration before the maintenance begins. If your traffic cannot tolerate the outage, you can temporarily shift traffic to a VPN connection.

Maintenance may be completed earlier than the end of the window. If we need to reschedule, we will send you a new notification. You can view this event in the AWS Health Dashboard (event type AWS_DIRECTCONNECT_MAINTENANCE_SCHEDULED).

If you have any questions or concerns, please contact AWS Support.

Sincerely,
Amazon Web Services

""" + FOOTER,
),
]
