import Mustache

// What the templates read, answered by name: swift-mustache otherwise finds every value by
// reflection (Mirror), which made rendering the pages of a large month cost a second.
// `TemplateKeyTests` holds these to the types' properties.
extension DigestView.GroupView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "title": return title
        case "category": return category
        case "categoryTitle": return categoryTitle
        case "services": return services
        case "hasServices": return hasServices
        case "accountCount": return accountCount
        case "accountsText": return accountsText
        case "accounts": return accounts
        case "hasAccounts": return hasAccounts
        case "regions": return regions
        case "hasRegions": return hasRegions
        case "resourcesText": return resourcesText
        case "resources": return resources
        case "hasResources": return hasResources
        case "deadline": return deadline
        case "hasDeadline": return hasDeadline
        case "overdue": return overdue
        case "deadlineEvidence": return deadlineEvidence
        case "hasDeadlineEvidence": return hasDeadlineEvidence
        case "firstReceived": return firstReceived
        case "lastReceived": return lastReceived
        case "sameDay": return sameDay
        case "messagesText": return messagesText
        case "reminders": return reminders
        case "hasReminders": return hasReminders
        case "excerpt": return excerpt
        case "hasExcerpt": return hasExcerpt
        case "links": return links
        case "hasLinks": return hasLinks
        case "suspicious": return suspicious
        case "trustReason": return trustReason
        case "sender": return sender
        case "provider": return provider
        case "hasProvider": return hasProvider
        case "notUnderstood": return notUnderstood
        case "guessed": return guessed
        case "truncated": return truncated
        case "hasTruncated": return hasTruncated
        case "seenInText": return seenInText
        case "hasSeenIn": return hasSeenIn
        default: return nil
        }
    }
}

extension DigestView.KindLine: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "title": return title
        case "link": return link
        case "countText": return countText
        case "accountsText": return accountsText
        case "datesText": return datesText
        case "deadlineText": return deadlineText
        case "hasDeadline": return hasDeadline
        case "overdue": return overdue
        case "services": return services
        case "hasServices": return hasServices
        case "guess": return guess
        case "hasGuess": return hasGuess
        default: return nil
        }
    }
}

extension DigestView.Link: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "url": return url
        default: return nil
        }
    }
}

extension DetailPage.Line: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "text": return text
        case "title": return title
        case "link": return link
        case "hasLink": return hasLink
        case "overdue": return overdue
        default: return nil
        }
    }
}

extension DetailPage.Part: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "title": return title
        case "hasTitle": return hasTitle
        case "lines": return lines
        case "groups": return groups
        default: return nil
        }
    }
}
