/// Messages about the Mustache templates (`templates/`) and about what the finished pages load.
/// Most are for whoever maintains the templates; an editor who sees one should pass it on.
extension Message {
    static func noTemplates() -> Message {
        .error(.noTemplates, "the templates folder does not exist",
            hint: "run Torv in the site's folder (the one that holds content/ and templates/), or give the templates folder with --templates")
    }

    /// A layout the site needs, missing; `required` are all layouts this site needs.
    static func templateMissing(layout: String, required: [String]) -> Message {
        .error(.templateMissing, "the template `\(layout).mustache` is missing",
            hint: "put \(layout).mustache back in the templates folder (it may have been renamed or deleted); "
                + "this site needs the templates \(required.joined(separator: ", "))")
    }

    /// The Mustache parser's error (`MustacheSyntaxError.Reason`, named as swift-mustache names it) in plain words.
    static func templateSyntax(error: String) -> Message {
        let text = switch error {
        case "sectionCloseNameIncorrect": "this `{{/…}}` does not close the section that is open here"
        case "unfinishedName": "a tag is not finished: `{{` without its `}}`"
        case "expectedSectionEnd": "a section is opened but never closed with `{{/…}}`"
        case "invalidSetDelimiter": "the delimiter change `{{=… …=}}` is not valid"
        case "transformAppliedToInheritanceSection": "a transform cannot be used on `{{<…}}` or `{{$…}}`"
        case "illegalTokenInsideInheritSection", "textInsideInheritSection":
            "inside `{{<parent}}…{{/parent}}` only `{{$block}}…{{/block}}` overrides may stand"
        default: "the template cannot be read: \(error)"
        }
        return .error(.templateSyntax, text,
            hint: "check that every `{{#section}}` has its `{{/section}}` and every `{{` its `}}`")
    }

    static func templateMissingPartial(name: String, available: [String]) -> Message {
        .error(.templateMissingPartial, "the template `\(name)` does not exist",
            hint: Suggestions.hint(for: name, in: available, noun: "templates"))
    }

    /// A name Torv does not give the template here; `candidates` are the names it does give.
    static func templateUnknownVariable(name: String, candidates: [String]) -> Message {
        let suggestions = Suggestions.hint(for: name, in: candidates, noun: "names available here")
        let hint = name.hasPrefix("t.")
            ? "UI strings are defined in content/i18n/*.yaml: if the key was renamed or deleted there, put it back "
                + "(in every language); if the template is misspelt, correct it. " + suggestions.capitalizedFirst
            : suggestions
        return .error(.templateUnknownVariable, "the template uses `\(name)`, which Torv does not provide here", hint: hint)
    }

    static func templateCloseWithoutOpen(name: String) -> Message {
        .error(.templateUnbalanced, "`{{/\(name)}}` closes a section that was never opened",
            hint: "delete `{{/\(name)}}`, or open the section before it with `{{#\(name)}}`")
    }

    static func templateCloseMismatch(name: String, open: String, openLine: Int) -> Message {
        .error(.templateUnbalanced, "`{{/\(name)}}` closes `\(open)`, opened on line \(openLine)",
            hint: "close sections in the reverse order they were opened")
    }

    // MARK: What the finished site loads

    static func thirdPartyInStylesheet(url: String, assets: String) -> Message {
        .error(.thirdPartyResource,
            "the stylesheet loads `\(url)` from another host (a web font or image), which tells that host who reads the site",
            hint: "put the font or image in \(assets)/ and use a relative url(…)")
    }

    /// A page (and `otherPages` more) whose HTML loads `url` with the element `tag`; `assets` is the templates' assets folder.
    static func thirdPartyInPage(url: String, tag: String, otherPages: Int, assets: String) -> Message {
        let others = otherPages == 0 ? "" : " (and \(otherPages) other page\(otherPages == 1 ? "" : "s"))"
        return .error(.thirdPartyResource,
            "the page\(others) loads `\(url)` (<\(tag)>) from another host, which tells that host who reads the page",
            hint: "a template (or HTML in a page, where the site allows it) makes the page load this: copy the file into \(assets)/ "
                + "and refer to it from there; links to other sites (<a href>) are fine. Editors: pass this message on to whoever "
                + "maintains the templates")
    }
}

extension Message {
    /// Templates that include (`{{>…}}`) or extend (`{{<…}}`) each other in a circle; `cycle` starts and ends with the same name.
    /// `extends` is true when the tag that closes the circle is `{{<…}}`.
    static func templateCycle(cycle: [String], extends: Bool) -> Message {
        let name = cycle.first ?? ""
        let text = cycle.count <= 2
            ? (extends ? "the template `\(name)` extends itself (`{{<\(name)}}`)" : "the template `\(name)` includes itself (`{{>\(name)}}`)")
                + ", so it would never finish"
            : "the templates include each other in a circle that would never finish: "
                + cycle.map { "`\($0)`" }.joined(separator: " → ")
        return .error(.templateCycle, text,
            hint: "remove this `{{>…}}` or `{{<…}}`: a template cannot include or extend a template that (through others) includes it")
    }

    /// A `{{$block}}…{{/block}}` replacement inside `{{<parent}}…{{/parent}}` that contains the same block
    /// again; `cycle` starts and ends with the same block name (more when the replacements contain each
    /// other). `through` is the template the block comes through (`{{>…}}` or `{{<…}}`), nil when the
    /// replacement holds `{{$…}}` itself.
    static func templateBlockCycle(cycle: [String], through: String?) -> Message {
        let name = cycle.first ?? ""
        let text = if cycle.count > 2 {
            "the replacements of these blocks contain each other in a circle that would never finish: "
                + cycle.map { "`{{$\($0)}}`" }.joined(separator: " → ")
        } else if let through {
            "the replacement of the block `\(name)` includes `\(through)`, which contains `{{$\(name)}}` again, so it would never finish"
        } else {
            "the replacement of the block `\(name)` contains `{{$\(name)}}` again, so it would never finish"
        }
        return .error(.templateCycle, text,
            hint: "the parent template shows the replacement where it has `{{$\(name)}}`, so a replacement must not contain the same "
                + "block, not even through another template: remove or rename the inner `{{$…}}`. Editors: pass this message on "
                + "to whoever maintains the templates")
    }

    /// A page cut off where rendering reached its limits (a circle no check sees beforehand): `name` is the
    /// template or block (`isBlock`) where it stopped; `circle` the templates and blocks that led back to it,
    /// starting and ending with it (empty when none did). `tooDeep` when they were nested `limit` deep
    /// there, false when the page already used `limit` of them.
    static func templateRenderLimit(
        name: String, isBlock: Bool, circle: [(name: String, isBlock: Bool)], tooDeep: Bool, limit: Int
    ) -> Message {
        func shown(_ name: String, _ isBlock: Bool) -> String { isBlock ? "`{{$\(name)}}`" : "`\(name)`" }
        let what = isBlock ? "the block \(shown(name, true))" : "the template \(shown(name, false))"
        // A circle of one (the same tag inside itself) is said in words alone.
        let path = circle.count > 2 ? ": " + circle.map { shown($0.name, $0.isBlock) }.joined(separator: " → ") : ""
        let text = switch (circle.isEmpty, tooDeep) {
        case (false, true): "the page was cut off at \(what), which comes back inside itself without end\(path)"
        case (false, false):
            "the page was cut off at \(what), which comes back inside itself again and again (more than \(limit) templates "
                + "and blocks on one page)\(path)"
        case (true, true): "the page was cut off at \(what): templates and blocks are nested more than \(limit) deep here"
        case (true, false): "the page was cut off at \(what): the page needs more than \(limit) templates and blocks"
        }
        let hint = circle.isEmpty && !tooDeep
            ? "if the page really is that large, spread its content over several pages; otherwise a template or block "
                + "includes itself: remove that circle"
            : "a template includes itself, or a block's replacement contains the same block, in a way Torv's checks cannot "
                + "see before it makes the pages (such as after a `{{=… …=}}` delimiter change): remove that circle"
        return .error(.templateRenderLimit, text,
            hint: hint + ". Nothing is published while a page is cut off. Editors: pass this message on to whoever maintains the templates")
    }

    /// Sections, partials and layouts nested more than `limit` deep; `through` is the partial or layout
    /// that makes it too deep, empty when the file alone is.
    static func templateTooDeep(limit: Int, through: [String]) -> Message {
        let text = through.isEmpty
            ? "sections are nested more than \(limit) deep here"
            : "sections are nested more than \(limit) deep through `\(through.joined(separator: "`, `"))`"
        return .error(.templateTooDeep, text,
            hint: "close sections (`{{/…}}`) before opening new ones; no template needs \(limit) levels, counting the partials "
                + "and layouts it goes through")
    }
}
