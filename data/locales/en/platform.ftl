# What the adapters themselves say: hellos, notes about private replies, old buttons.

platform-hello-group = Hello, everyone! I'm here to help this group keep its weekly rhythm: a check-in each week, buddies, shared tips and meetups, and /support with helplines for hard moments.

    A group admin can set me up with /setup, for example: /setup Europe/London sunday 19:00 Tuesday Parents

    I only see commands and replies to my messages, never your conversations.
platform-hello-again = Hello again! Everything from before is still here. A group admin can send /setup to switch me back on, for example: /setup { $zone } sunday 19:00
platform-hello-private = Hello! This is our private chat: what you send here stays between you and me.
platform-hello-about = What you send me here is about { $group }.
platform-hello-help = Send /help to see what I can do, or /support if you need someone to talk to right now.
platform-held-reply = { $who }I have a private reply for you. Tap below to open our private chat and press Start to see it.
platform-answer-privately = { $who }I'd like to answer you privately. Tap below to open our private chat, press Start, then send that again there.
platform-anonymous-admin = I can't write privately to an anonymous admin. Please send that from your own account, or to me in a private chat.
platform-sent-privately = I sent you a private message.
platform-tap-in-group = Tap the button in the group to open our private chat.
platform-open-private = Open a private chat with me
platform-stale-button = Sorry, that button doesn't work any more. Send /help to see what I can do.
platform-not-yours = That button was for someone else, so I've left it alone. Send the command yourself and you'll get your own.
platform-sorry = Sorry, something went wrong on my side. Please try again in a moment. If you need someone to talk to now, /support lists people who can help.
platform-done = Done.
