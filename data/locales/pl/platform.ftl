# What the adapters themselves say.

platform-hello-group = Cześć wszystkim! Jestem tu, żeby pomóc tej grupie trzymać cotygodniowy rytm: pytanie co tydzień, pary, wspólne rady i spotkania, a w trudnych chwilach /support z telefonami zaufania.

    Administrator grupy może mnie ustawić przez /setup, na przykład: /setup Europe/Warsaw niedziela 19:00 Grupa Rodziców

    Widzę tylko polecenia i odpowiedzi na moje wiadomości, nigdy waszych rozmów.
platform-hello-again = Cześć ponownie! Wszystko, co było wcześniej, nadal tu jest. Administrator grupy może wysłać /setup, żeby mnie znów włączyć, na przykład: /setup { $zone } niedziela 19:00
platform-hello-private = Cześć! To nasz prywatny czat: to, co tu wysyłasz, zostaje między nami.
platform-hello-about = To, co mi tu wysyłasz, dotyczy grupy { $group }.
platform-hello-help = Wyślij /help, żeby zobaczyć, co potrafię, albo /support, jeśli potrzebujesz teraz z kimś porozmawiać.
platform-held-reply = { $who }Mam dla ciebie prywatną odpowiedź. Stuknij poniżej, żeby otworzyć nasz prywatny czat, i naciśnij Start, żeby ją zobaczyć.
platform-answer-privately = { $who }Chcę odpowiedzieć ci prywatnie. Stuknij poniżej, żeby otworzyć nasz prywatny czat, naciśnij Start i wyślij to jeszcze raz tam.
platform-anonymous-admin = Nie mogę pisać prywatnie do anonimowego administratora. Wyślij to ze swojego konta albo do mnie na prywatnym czacie.
platform-sent-privately = Wysłano ci prywatną wiadomość.
platform-tap-in-group = Stuknij przycisk w grupie, żeby otworzyć nasz prywatny czat.
platform-open-private = Otwórz ze mną prywatny czat
platform-stale-button = Przepraszam, ten przycisk już nie działa. Wyślij /help, żeby zobaczyć, co potrafię.
platform-not-yours = Ten przycisk był dla kogoś innego, więc go nie ruszam. Wyślij polecenie samodzielnie, a dostaniesz własny.
platform-sorry = Przepraszam, coś poszło nie tak po mojej stronie. Spróbuj ponownie za chwilę. Jeśli potrzebujesz teraz z kimś porozmawiać, /support podaje, kto może pomóc.
platform-done = Gotowe.
