internal import CGMime
import Foundation

/// A mail NoticeDigest sends: the rendered summary as `multipart/alternative` (text and HTML).
public struct OutgoingMail: Sendable {
    public var from: MailAddress
    public var to: [MailAddress]
    public var cc: [MailAddress] = []
    public var subject: String
    public var date: Date
    /// Without angle brackets.
    public var messageID: String
    public var listID: String?
    public var plain: String
    public var html: String

    public init(
        from: MailAddress, to: [MailAddress], cc: [MailAddress] = [], subject: String, date: Date, messageID: String,
        listID: String? = nil, plain: String, html: String
    ) {
        self.from = from
        self.to = to
        self.cc = cc
        self.subject = subject
        self.date = date
        self.messageID = messageID
        self.listID = listID
        self.plain = plain
        self.html = html
    }

    /// The message as bytes, composed by GMime: headers encoded as RFC 2047 words where they are
    /// not ASCII, both parts quoted-printable UTF-8, and a boundary derived from the message id,
    /// so the same mail gives the same bytes.
    public func bytes() -> [UInt8] { ComposedMessage(self).bytes() }
}

/// Owns one `GMimeMessage *` built from an ``OutgoingMail``; no GMime pointer leaves it.
final class ComposedMessage {
    private let raw: UnsafeMutablePointer<GMimeMessage>

    init(_ mail: OutgoingMail) {
        _ = gmimeReady
        raw = g_mime_message_new(1)!
        g_mime_message_add_mailbox(raw, GMIME_ADDRESS_TYPE_FROM, mail.from.name, mail.from.address)
        for address in mail.to { g_mime_message_add_mailbox(raw, GMIME_ADDRESS_TYPE_TO, address.name, address.address) }
        for address in mail.cc { g_mime_message_add_mailbox(raw, GMIME_ADDRESS_TYPE_CC, address.name, address.address) }
        g_mime_message_set_subject(raw, mail.subject, "utf-8")
        if let date = g_date_time_new_from_unix_utc(Int(mail.date.timeIntervalSince1970)) {
            g_mime_message_set_date(raw, date)
            g_date_time_unref(date)
        }
        g_mime_message_set_message_id(raw, mail.messageID)
        let object = cgmime_object(raw)
        if let listID = mail.listID { g_mime_object_set_header(object, "List-Id", listID, "utf-8") }
        g_mime_object_set_header(object, "Auto-Submitted", "auto-generated", nil)

        let alternative = g_mime_multipart_new_with_subtype("alternative")!
        g_mime_multipart_set_boundary(alternative, "=_notice-digest_" + String(Self.hash(mail.messageID), radix: 16))
        for (subtype, text) in [("plain", mail.plain), ("html", mail.html)] {
            let part = g_mime_text_part_new_with_subtype(subtype)!
            g_mime_text_part_set_text(part, text)
            g_mime_text_part_set_charset(part, "utf-8")
            g_mime_part_set_content_encoding(cgmime_part(cgmime_object(part)), GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE)
            g_mime_multipart_add(alternative, cgmime_object(part))
            cgmime_unref(part)  // the multipart holds its own reference
        }
        g_mime_message_set_mime_part(raw, cgmime_object(alternative))
        cgmime_unref(alternative)
    }

    deinit { cgmime_unref(raw) }

    func bytes() -> [UInt8] {
        guard let text = g_mime_object_to_string(cgmime_object(raw), nil) else { return [] }
        defer { g_free(text) }
        return Array(UnsafeRawBufferPointer(start: text, count: strlen(text)))
    }

    /// FNV-1a: a boundary that depends only on the message id.
    static func hash(_ text: String) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value &*= 0x100_0000_01b3
        }
        return value
    }
}
