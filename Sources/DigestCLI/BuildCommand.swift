import ArgumentParser
import DigestAggregate
import DigestClassify
import DigestIngest
import DigestMIME
import DigestModel
import DigestRender
import Foundation

/// `notice-digest build`: the monthly job.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the digest of one month (the default command).",
        discussion: """
            Every message read ends in exactly one group, in the list of unreadable inputs (with its \
            source and reason), or among the messages dated outside the month; the last line of output \
            gives these counts. The exit status is 0 when every input was read, 1 when the digest was \
            written but some input was unreadable, and for errors that stop the run: 64 a wrong option, \
            66 an input that does not exist or cannot be read, 73 an output that cannot be written, \
            78 a rules file or template with an error, 70 counts that do not reconcile (a bug; the digest \
            is written and says so), 75 the digest was written but the mail could not be delivered, \
            65 a run that found no message would replace a published month (give --replace).
            """)

    @Option(
        name: .shortAndLong, parsing: .upToNextOption,
        help:
            "mbox, Maildir, .eml file or folder (repeatable, .gz allowed); '-' or a pipe reads standard input or the pipe."
    )
    var input: [String] = []

    @Option(help: "A config file for the monthly job (default: notice-digest.yaml in the output folder, if there).")
    var config: String?

    @Option(help: "The month to digest, YYYY-MM or 'last' (default: the month before today in --timezone).")
    var month: String?

    @Flag(help: "Take every message, whatever its date (the digest is written to OUT/all/).")
    var all = false

    @Option(name: .customLong("out"), help: "Output folder; the month's files go to OUT/YYYY-MM/ (default: output).")
    var outOption: String?
    var out: String { outOption ?? "output" }

    @Option(
        help:
            "Time zone that decides which month a message falls in and the calendar deadlines are read on: \"within 24 hours\" counts from the day of sending there (default: this machine's)."
    )
    var timezone: String?

    @Option(help: "Templates folder holding a subfolder per language (default: the templates shipped with the tool).")
    var templates: String?

    @Option(
        name: .customLong("lang"),
        help: "Language of the digest: en or ja (Japanese headings, category names and dates; default en).")
    var langOption: String?
    var lang: String { langOption ?? "en" }

    @Option(help: "A rules file that extends or overrides the default rules by id.")
    var rules: String?

    @Option(
        name: .customLong("as-of"),
        help: "Report date, YYYY-MM-DD, for deadline buckets (default: the month's last day).")
    var asOf: String?

    @Option(help: "Parallel workers (default: the number of cores; at most 4 × the cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(
        name: .customLong("max-message-mb"),
        help: "Megabytes of one message read at most; a longer message is read in part and marked truncated.")
    var maxMessageMB: Int = Ingest.defaultMessageLimit >> 20

    @Option(
        name: .customLong("max-headers"),
        help: "Header fields of one message read at most; the rest are not read and the message is marked truncated.")
    var maxHeaders: Int = ReadLimits.standard.headers

    @Option(
        name: .customLong("max-header-kb"),
        help: "Kilobytes of one header field read at most (a longer Subject or To is cut; marked truncated).")
    var maxHeaderKB: Int = ReadLimits.standard.headerBytes >> 10

    @Option(
        name: .customLong("max-mime-depth"),
        help: "Levels of MIME nesting (multiparts, attached messages) read at most; deeper parts are not read.")
    var maxMimeDepth: Int = ReadLimits.standard.mimeDepth

    @Option(
        name: .customLong("max-mime-parts"),
        help: "MIME parts of one message read at most; further parts are not read and the message is marked truncated.")
    var maxMimeParts: Int = ReadLimits.standard.mimeParts

    @Option(
        help: "Where the site is published (https://intranet/notices/): links in the calendar and the mail point there."
    )
    var siteURL: String?

    @Option(
        name: .customLong("mail-to"), parsing: .upToNextOption,
        help: "Mail the rendered summary to these addresses (the month's digest.eml is written in any case).")
    var mailTo: [String] = []

    @Option(name: .customLong("mail-cc"), parsing: .upToNextOption, help: "Copy the mail to these addresses.")
    var mailCc: [String] = []

    @Option(name: .customLong("mail-from"), help: "The mail's sender, 'Name <address>' or an address.")
    var mailFromOption: String?
    var mailFrom: String { mailFromOption ?? "Cloud notice digest <notice-digest@localhost>" }

    @Option(
        name: .customLong("sendmail"),
        help: "The sendmail-compatible command that delivers the mail (default: /usr/sbin/sendmail -t -oi).")
    var sendmailOption: String?
    var sendmail: String { sendmailOption ?? "/usr/sbin/sendmail -t -oi" }

    @Option(
        help: ArgumentHelp(
            "Deliver through this SMTP server instead (HOST:PORT; STARTTLS when offered), with curl.",
            discussion:
                "Credentials come from --smtp-credentials or NOTICE_DIGEST_SMTP_USER and NOTICE_DIGEST_SMTP_PASSWORD."))
    var smtp: String?

    @Option(name: .customLong("smtp-credentials"), help: "A netrc file with the SMTP server's login and password.")
    var smtpCredentials: String?

    @Flag(help: "Replace a published month even with a run that found no message of it.")
    var replace = false

    @Flag(help: "No progress line, even on a terminal.")
    var quiet = false

    @Option(name: .customLong("split-bytes"), help: .hidden)
    var splitBytes: Int = InputScanner.defaultSplitBytes

    mutating func validate() throws {
        do {
            try JobConfig.apply(to: &self)
        } catch let problem as JobConfig.Problem {
            // A config file in error stops the run like a rules file in error: status 78.
            FileHandle.standardError.write(Data("notice-digest: \(problem.errorDescription ?? "")\n".utf8))
            throw ExitCode(78)
        }
        if input.isEmpty {
            throw ValidationError("give at least one --input: an mbox, a Maildir, an .eml file or a folder")
        }
        if all && month != nil { throw ValidationError("--month and --all exclude each other") }
        if let month, month != "last", Month(month) == nil {
            throw ValidationError("--month '\(month)' is not a month; expected YYYY-MM, e.g. 2026-11, or last")
        }
        if let timezone, TimeZone(identifier: timezone) == nil {
            throw ValidationError(
                "--timezone '\(timezone)' is not a known time zone; use an IANA name such as UTC or Asia/Tokyo")
        }
        if let asOf, Day(asOf) == nil { throw ValidationError("--as-of '\(asOf)' is not a date; expected YYYY-MM-DD") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if maxMessageMB < 1 || maxMessageMB > 4096 {
            throw ValidationError("--max-message-mb must be between 1 and 4096")
        }
        for (name, value, range) in [
            ("--max-headers", maxHeaders, 1...100_000), ("--max-header-kb", maxHeaderKB, 1...65_536),
            ("--max-mime-depth", maxMimeDepth, 1...1_000), ("--max-mime-parts", maxMimeParts, 1...100_000),
        ] where !range.contains(value) {
            throw ValidationError("\(name) must be between \(range.lowerBound) and \(range.upperBound)")
        }
        if Language(rawValue: lang) == nil {
            throw ValidationError("--lang '\(lang)' is not available; use en or ja")
        }
    }

    func run() async throws {
        // The learned model (9,000 rows of JSON, about 50 ms) is read on another core while the
        // rules, the templates and the inputs are read here.
        Thread { _ = LearnedModel.standard }.start()
        let zone = timezone.flatMap(TimeZone.init(identifier:)) ?? TimeZone.current
        // "last" (or no --month): the month before today, in the run's time zone; what cron wants.
        let selected: Month? = all ? nil : (month.flatMap(Month.init) ?? Month(Day(Date(), in: zone)).previous)
        // Read once, before anything else (a bad rules file stops the run there); every worker shares
        // the rules (each thread compiles its own patterns).
        let ruleSet = try RuleSet.effective(userFile: rules)
        let templateFolder = templates ?? Renderer.shippedTemplates ?? "templates"
        let renderer = try await Renderer(templates: (templateFolder as NSString).appendingPathComponent(lang))
        let plan = try InputScanner.plan(input, splitBytes: splitBytes)
        defer { plan.removeSpooled() }

        let progress = Progress(enabled: !quiet && isatty(STDERR_FILENO) != 0, totalBytes: plan.totalBytes)
        var aggregator = Aggregator(month: selected, timeZone: zone)
        for item in plan.rejected {
            aggregator.add(Self.cleaned(item))
            aggregator.addFound(1)
        }
        // More workers than a few per core only cost memory.
        let workers = min(jobs, 4 * ProcessInfo.processInfo.activeProcessorCount)
        let pipeline = Pipeline(
            makeClassifier: { Classifier(rules: ruleSet, timeZone: zone) }, jobs: workers,
            limits: ReadLimits(
                messageBytes: maxMessageMB << 20, headers: maxHeaders, headerBytes: maxHeaderKB << 10,
                mimeDepth: maxMimeDepth, mimeParts: maxMimeParts))
        try pipeline.run(plan.units, progress: progress) { result in
            for (notice, record) in zip(result.notices, result.records) { aggregator.add(notice, record: record) }
            for item in result.unreadable { aggregator.add(Self.cleaned(item)) }
            for supplement in result.supplements { aggregator.add(supplement) }
            aggregator.addFound(result.found)
        }
        progress.finish()

        var digest = aggregator.digest(sources: input.map { $0 == "-" ? "standard input" : $0 })
        let reportDate = asOf.flatMap(Day.init) ?? selected?.lastDay ?? Day(Date(), in: zone)
        let language = Language(rawValue: lang) ?? .en
        // The previous month's digest, where this output folder holds one, gives the trend.
        let previous = selected.flatMap { month -> (month: String, groups: [Category: Int])? in
            let folder = (out as NSString).appendingPathComponent(month.previous.description)
            let counts: SiteIndex.MonthCounts
            do {
                guard let summary = try SiteIndex.summary(in: folder) else { return nil }
                counts = summary.counts
            } catch {
                // Said, not guessed: the trend is left out.
                FileHandle.standardError.write(Data("notice-digest: \(error); the trend is left out\n".utf8))
                return nil
            }
            guard let byCategory = counts.byCategory else { return nil }
            var groups: [Category: Int] = [:]
            for (name, count) in byCategory {
                if let category = Category(rawValue: name) { groups[category] = count.groups }
            }
            return (month.previous.description, groups)
        }
        digest.asOf = reportDate
        let names = Self.serviceNames(ruleSet)
        let view = DigestView(
            digest, asOf: reportDate, language: language, previous: previous,
            serviceName: { names[$0] ?? DigestView.defaultServiceName($0) })
        let markdown = renderer.markdown(view)
        let html = renderer.html(view)
        // The detail pages are made while the month is written, on all cores, largest first.
        let pages = view.detailPages().sorted { $0.weight > $1.weight }.map { page in
            Publisher.MonthFile(page.name) { Data(renderer.html(page).utf8) }
        }
        let folder = (out as NSString).appendingPathComponent(digest.month)
        // A run that read nothing of the month does not wipe out the month published before.
        if digest.counts.messages == 0 && !replace, let published = SiteIndex.counts(in: folder), published.groups > 0 {
            throw CLIError.wouldReplaceWithNothing(month: digest.month, notices: published.groups).stop()
        }
        // One run writes to a folder at a time; the month is swapped in whole, the site index last.
        let lock = try Publisher.Lock(out: out) {
            FileHandle.standardError.write(
                Data("notice-digest: another run is writing to \(out); waiting for it to finish\n".utf8))
        }
        let mail = Self.mail(
            view: view, renderer: renderer, markdown: markdown, month: digest.month, asOf: reportDate,
            from: Delivery.address(mailFrom), to: mailTo.map(Delivery.address), cc: mailCc.map(Delivery.address),
            siteURL: siteURL)
        let calendar = { [digest, siteURL] in
            Data(DeadlineCalendar.ics(digest, asOf: reportDate, language: language, siteURL: siteURL).utf8)
        }
        try Publisher.publishMonth(
            pages + [
                Publisher.MonthFile("deadlines.ics", make: calendar),
                Publisher.MonthFile("digest.md", contents: Data(markdown.utf8)),
                Publisher.MonthFile("index.html", contents: Data(html.utf8)),
                Publisher.MonthFile("digest.eml", contents: Data(mail.bytes())),
            ], digest: digest, to: folder)
        try SiteIndex.write(to: out, language: language)
        withExtendedLifetime(lock) {}

        let c = digest.counts
        print("HTML digest: \((folder as NSString).appendingPathComponent("index.html"))")
        print(
            "\(c.read) read: \(c.messages) grouped into \(c.groups) notices, \(c.unreadable) unreadable, "
                + "\(c.outside) outside \(digest.month)")
        guard c.reconciles else {
            // A message that went nowhere is a bug, never a line that is true by construction.
            throw CLIError.countsDoNotReconcile(read: c.read, accounted: c.messages + c.unreadable + c.outside).stop()
        }
        if !mailTo.isEmpty {
            let route: Delivery.Route
            if let smtp {
                let parts = smtp.split(separator: ":")
                route = .smtp(
                    host: String(parts.first ?? ""), port: parts.count > 1 ? Int(parts[1]) ?? 25 : 25,
                    credentials: smtpCredentials)
            } else {
                route = .sendmail(sendmail.split(separator: " ").map(String.init))
            }
            do {
                try Delivery.send(
                    mail.bytes(), from: mail.from.address,
                    to: (mail.to + mail.cc).map(\.address), via: route)
                print("Mailed to \((mail.to + mail.cc).map(\.address).joined(separator: ", "))")
            } catch {
                FileHandle.standardError.write(Data("notice-digest: \(error.localizedDescription)\n".utf8))
                throw ExitCode(75)
            }
        }
        if c.unreadable > 0 { throw ExitCode.failure }
    }

    /// The rendered summary as a mail: the Markdown digest as text, the mail-styled HTML, a subject
    /// that says the month in one line; dated from the report date (or SOURCE_DATE_EPOCH), with a
    /// Message-ID that stays the same for the same month and recipients.
    static func mail(
        view: DigestView, renderer: Renderer, markdown: String, month: String, asOf: Day, from: MailAddress,
        to: [MailAddress], cc: [MailAddress], siteURL: String?
    ) -> OutgoingMail {
        let date =
            ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init)
            .map(Date.init(timeIntervalSince1970:)) ?? Date(timeIntervalSince1970: TimeInterval(asOf.ordinal) * 86_400)
        let domain = from.address.split(separator: "@").last.map(String.init) ?? "localhost"
        let recipients = (to + cc).map(\.address).sorted().joined(separator: ",")
        let id = "notice-digest.\(month).\(String(StableHash.value(recipients), radix: 16))@\(domain)"
        let pageURL = siteURL.map { ($0.hasSuffix("/") ? $0 : $0 + "/") + month + "/index.html" }
        return OutgoingMail(
            from: from, to: to.isEmpty ? [from] : to, cc: cc, subject: view.mailSubject, date: date, messageID: id,
            listID: "Cloud notice digest <notice-digest.\(domain)>", plain: markdown,
            html: renderer.mailHTML(view, pageURL: pageURL))
    }
}

extension BuildCommand {
    /// Service codes readers know by the code itself.
    static let codesReadAsNames: Set<String> = [
        "EC2", "S3", "IAM", "RDS", "EKS", "ECS", "ECR", "EBS", "EFS", "ELB", "SES", "SNS", "SQS", "KMS", "ACM", "VPC",
        "WAF", "DMS", "EMR", "MSK", "SSO", "DOCDB",
    ]

    /// Readers' names for service ids: a code readers know (EC2, S3, RDS, IAM) stays; another
    /// becomes the catalogue's name without "Amazon"/"AWS" (STATES → Step
    /// Functions); other providers' products read as their names.
    static func serviceNames(_ rules: RuleSet) -> [String: String] {
        var names: [String: String] = [:]
        for service in ServiceCatalog.standard.services where !Self.codesReadAsNames.contains(service.id) {
            var name = service.name
            for prefix in ["Amazon ", "AWS "] where name.hasPrefix(prefix) { name.removeFirst(prefix.count) }
            names[service.id] = name
        }
        names["BILLING"] = "Billing"
        return names
    }

    static func cleaned(_ item: Unreadable) -> Unreadable {
        Unreadable(source: Redaction.clean(item.source), reason: Redaction.clean(item.reason))
    }
}

extension Month {
    init(_ day: Day) { self.init(year: day.year, month: day.month) }
}
