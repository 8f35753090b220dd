internal import CGMime
import Foundation

/// Initialises GMime once per process (`g_mime_init` is not thread-safe to call twice).
let gmimeReady: Void = g_mime_init()

/// Owns one `GMimeMessage *` (transfer full) and copies its contents out as ``MailContent``.
///
/// See https://developer.gnome.org/gmime/stable/GMimeMessage.html.
final class MIMEMessage {
    private let raw: UnsafeMutablePointer<GMimeMessage>

    init(takingOwnershipOf raw: UnsafeMutablePointer<GMimeMessage>) { self.raw = raw }
    deinit { cgmime_unref(raw) }

    /// Copies every field NoticeDigest uses into Swift values.
    func content(limits: ReadLimits = .standard) -> MailContent {
        var budget = MessageReader.Budget(limits: limits)
        return MessageReader.read(raw, depth: 0, budget: &budget)
    }

    /// Parses one message from its bytes (GMime copies them into a memory stream).
    static func parse(_ bytes: [UInt8], limits: ReadLimits = .standard) -> MailContent? {
        _ = gmimeReady
        guard !bytes.isEmpty else { return nil }
        let stream = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                g_mime_stream_mem_new_with_buffer($0, buffer.count)!
            }
        }
        let parser = g_mime_parser_new_with_stream(stream)!
        cgmime_unref(stream)  // the parser holds its own reference
        defer { cgmime_unref(parser) }
        g_mime_parser_set_format(parser, GMIME_FORMAT_MESSAGE)
        guard let message = g_mime_parser_construct_message(parser, nil) else { return nil }
        return MIMEMessage(takingOwnershipOf: message).content(limits: limits)
    }
}

/// Reads one message that something else owns; every pointer here is transfer none and is used
/// only while the owning ``MIMEMessage`` is alive.
private enum MessageReader {
    /// Forwarded messages nest; deeper levels are not read, so a hostile message cannot recurse forever.
    static let maxDepth = 3

    /// What is left of the limits while one message is read: parts are counted across the whole
    /// tree, attached messages included.
    struct Budget {
        let limits: ReadLimits
        var parts = 0
        /// A limit was reached: the message is marked truncated.
        var exceeded = false
    }

    static func read(
        _ message: UnsafeMutablePointer<GMimeMessage>, depth: Int, level: Int = 0, budget: inout Budget
    ) -> MailContent {
        var content = MailContent()
        let object = cgmime_object(message)!
        let headers = g_mime_object_get_header_list(object)
        let limits = budget.limits
        if let headers {
            if let subject = g_mime_header_list_get_header(headers, "Subject"),
                let value = g_mime_header_get_raw_value(subject)
            {
                content.subject = EncodedWords.decode(bytes(of: value, limit: limits.headerBytes, budget: &budget))
            }
            let count = Int(g_mime_header_list_get_count(headers))
            if count > limits.headers { budget.exceeded = true }
            for index in 0..<Int32(min(count, limits.headers)) {
                guard let header = g_mime_header_list_get_header_at(headers, index),
                    let name = g_mime_header_get_name(header),
                    strcasecmp(name, "Authentication-Results") == 0
                        || strcasecmp(name, "ARC-Authentication-Results") == 0,
                    let value = g_mime_header_get_raw_value(header)
                else { continue }
                content.authenticationResults.append(
                    EncodedWords.decode(bytes(of: value, limit: limits.headerBytes, budget: &budget)))
            }
        }
        if let id = g_mime_message_get_message_id(message) {
            content.messageID = String(cString: id)
        }
        if let date = g_mime_message_get_date(message) {
            content.date = Date(timeIntervalSince1970: TimeInterval(g_date_time_to_unix(date)))
            content.utcOffset = Int(g_date_time_get_utc_offset(date) / 1_000_000)
        }
        content.from =
            addressHeader("From", headers: headers, fallback: g_mime_message_get_from(message), budget: &budget)
            .first
        content.to = addressHeader("To", headers: headers, fallback: g_mime_message_get_to(message), budget: &budget)

        var walk = BodyWalk(depth: depth, budget: budget)
        if let body = g_mime_message_get_mime_part(message) {
            walk.visit(body, level: level)
        }
        budget = walk.budget
        if let plain = walk.plain {
            content.body = plain
            content.bodySource = .plain
        } else if let htmlPart = walk.htmlPart, let html = BodyWalk.text(of: htmlPart) {
            // HTML is decoded only when there is no plain text: most notices carry both.
            content.body = html
            content.bodySource = .html
        }
        content.attachments = walk.attachments
        content.attachedMessages = walk.attachedMessages
        content.truncated = budget.exceeded
        return content
    }

    /// The bytes of a header value, at most `limit` of them (the budget notes a cut).
    static func bytes(of cString: UnsafePointer<CChar>, limit: Int, budget: inout Budget) -> [UInt8] {
        var length = strlen(cString)
        if length > limit {
            length = limit
            budget.exceeded = true
        }
        return cString.withMemoryRebound(to: UInt8.self, capacity: length) {
            Array(UnsafeBufferPointer(start: $0, count: length))
        }
    }

    /// The addresses of a header, with display names decoded by ``EncodedWords`` (GMime's own name
    /// decoding has the padded B-word defect, gmime#133): encoded words become quoted strings of
    /// UTF-8, which `internet_address_list_parse` reads as they are.
    static func addressHeader(
        _ name: String, headers: UnsafeMutablePointer<GMimeHeaderList>?,
        fallback: UnsafeMutablePointer<InternetAddressList>?, budget: inout Budget
    ) -> [MailAddress] {
        let limit = budget.limits.headers
        guard let headers, let header = g_mime_header_list_get_header(headers, name),
            let raw = g_mime_header_get_raw_value(header)
        else { return addresses(fallback, limit: limit, budget: &budget) }
        let bytes = bytes(of: raw, limit: budget.limits.headerBytes, budget: &budget)
        guard bytes.contains(UInt8(ascii: "=")) else { return addresses(fallback, limit: limit, budget: &budget) }
        let rewritten = EncodedWords.quotingEncodedPhrases(bytes)
        guard let parsed = internet_address_list_parse(nil, rewritten) else {
            return addresses(fallback, limit: limit, budget: &budget)
        }
        defer { cgmime_unref(parsed) }
        let result = addresses(parsed, limit: limit, budget: &budget)
        return result.isEmpty ? addresses(fallback, limit: limit, budget: &budget) : result
    }

    /// At most `limit` addresses of a list, groups' members included.
    static func addresses(
        _ list: UnsafeMutablePointer<InternetAddressList>?, limit: Int, budget: inout Budget
    ) -> [MailAddress] {
        guard let list else { return [] }
        var result: [MailAddress] = []
        for index in 0..<internet_address_list_length(list) {
            guard result.count < limit else {
                budget.exceeded = true
                break
            }
            guard let address = internet_address_list_get_address(list, index) else { continue }
            if cgmime_is_mailbox(address) != 0 {
                let name = internet_address_get_name(address).map { String(cString: $0) } ?? ""
                let addr = internet_address_mailbox_get_addr(cgmime_mailbox(address)).map { String(cString: $0) } ?? ""
                result.append(MailAddress(name: name, address: addr))
            } else if let group = cgmime_group(address), let members = internet_address_group_get_members(group) {
                result.append(contentsOf: addresses(members, limit: limit - result.count, budget: &budget))
            }
        }
        return result
    }

    /// Walks the MIME tree: the first inline text/plain and text/html parts, attachment names,
    /// and attached messages.
    struct BodyWalk {
        let depth: Int
        var budget: Budget
        var plain: String?
        /// The first inline text/html part, decoded only if no text/plain part is found.
        var htmlPart: UnsafeMutablePointer<GMimeObject>?
        var attachments: [String] = []
        var attachedMessages: [MailContent] = []

        init(depth: Int, budget: Budget) {
            self.depth = depth
            self.budget = budget
        }

        /// Visits `object`, `level` containers deep, within the budget's depth and part count.
        mutating func visit(_ object: UnsafeMutablePointer<GMimeObject>, level: Int) {
            guard level < budget.limits.mimeDepth, budget.parts < budget.limits.mimeParts else {
                budget.exceeded = true
                return
            }
            budget.parts += 1
            if cgmime_is_multipart(object) != 0 {
                let multipart = cgmime_multipart(object)
                for index in 0..<g_mime_multipart_get_count(multipart) {
                    if let child = g_mime_multipart_get_part(multipart, index) { visit(child, level: level + 1) }
                }
                return
            }
            if cgmime_is_message_part(object) != 0 {
                if depth < MessageReader.maxDepth,
                    let inner = g_mime_message_part_get_message(cgmime_message_part(object))
                {
                    var inside = budget
                    let read = MessageReader.read(inner, depth: depth + 1, level: level + 1, budget: &inside)
                    budget = inside
                    attachedMessages.append(read)
                }
                return
            }
            guard cgmime_is_part(object) != 0 else { return }
            let part = cgmime_part(object)
            let type = g_mime_object_get_content_type(object)
            if g_mime_part_is_attachment(part) != 0 || cgmime_is_text_part(object) == 0 {
                attachments.append(attachmentName(part, type: type))
                return
            }
            let isPlain = g_mime_content_type_is_type(type, "text", "plain") != 0
            let isHTML = g_mime_content_type_is_type(type, "text", "html") != 0
            guard (isPlain && plain == nil) || (isHTML && htmlPart == nil) else {
                if !isPlain && !isHTML { attachments.append(attachmentName(part, type: type)) }
                return
            }
            if isPlain { plain = Self.text(of: object) } else { htmlPart = object }
        }

        /// A text part's content: transfer encoding undone by GMime, then its charset converted to
        /// UTF-8 with this thread's converter for that charset (`g_mime_text_part_get_text` opens a
        /// new iconv converter for every part, which costs more than parsing the message).
        static func text(of object: UnsafeMutablePointer<GMimeObject>) -> String? {
            guard let content = g_mime_part_get_content(cgmime_part(object)), let stream = g_mime_stream_mem_new()
            else { return nil }
            defer { cgmime_unref(stream) }
            guard g_mime_data_wrapper_write_to_stream(content, stream) >= 0,
                let array = g_mime_stream_mem_get_byte_array(cgmime_stream_mem(stream))
            else { return nil }
            let bytes =
                array.pointee.len == 0
                ? [] : Array(UnsafeBufferPointer(start: array.pointee.data, count: Int(array.pointee.len)))
            let charset = g_mime_object_get_content_type_parameter(object, "charset").map { String(cString: $0) }
            return Transcoder.text(from: bytes, charset: charset)
        }

        private func attachmentName(
            _ part: UnsafeMutablePointer<GMimePart>?, type: UnsafeMutablePointer<GMimeContentType>?
        ) -> String {
            if let part, let name = g_mime_part_get_filename(part) {
                return String(cString: name)
            }
            guard let type, let mime = g_mime_content_type_get_mime_type(type) else { return "attachment" }
            defer { g_free(mime) }
            return String(cString: mime)
        }
    }
}
