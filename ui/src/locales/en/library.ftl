# The library screen: the list of articles, its search and its topics ($keys is the shortcut, "Ctrl F").
library-articles-label = Articles
library-search-label = Search the library
library-search-placeholder = Search the library ({ $keys })
library-topic-label = Topic
library-all-topics = All topics
library-found =
    { $count ->
        [one] Found in { $count } article
       *[other] Found in { $count } articles
    }
library-nothing-found = Nothing found
library-article-label = Article
# The library before an article is opened ($title is the first article's).
library-intro-title = The library
library-intro = Short articles about trust: where trust issues come from, how to talk about them, and small steps that help. Each one ends with something to try here.
library-intro-how = Read them in order, pick a topic, or search for what is on your mind.
library-start-with = Start with “{ $title }”
# An article: the note above one not yet written in the language shown, and the articles before and after it.
library-article-in-english = This article is not in your language yet, so here it is in English.
library-more-articles = More articles
library-previous = Previous
library-next = Next
# The "Try it" buttons at the end of an article: their heading, and where each one leads.
library-try-it-title = Try it in { $name }
library-try-it-locked = Unlock { $name } to use these. Articles open here as they are.
library-try-after-unlocking = after unlocking
library-try-later-version = coming in a later version
library-try-prompt = Journal prompt
library-try-journal = Journal
library-try-boundaries = Boundaries
library-try-expectations = Expectations worksheet
library-try-worksheets = Worksheets
library-try-mood = Mood
library-try-checkin = Weekly check-in
library-try-thought-record = Journal · thought record
library-try-safety = Safety
library-try-reminder = Reminder
library-try-article = Article
# A web or e-mail link clicked in an article (or an entry's preview): asked before it leaves the app. The site's name goes in bold between the "before" and "after" parts.
library-leave-mail-before = Write to
library-leave-mail-after = in your mail program?
library-leave-web-before = Open
library-leave-web-after = in your web browser?
library-leave-outside = It opens outside this app.
library-leave-mail = Write an e-mail
library-leave-web = Open in browser
library-leave-stay = Stay here
