package app.paceline.bot.render;

import app.paceline.bot.outbound.Button;
import app.paceline.bot.outbound.Keyboard;
import app.paceline.challenge.ChallengeStanding;
import app.paceline.challenge.ListingChallenges;
import app.paceline.course.Challenge;
import app.paceline.course.CourseCode;
import app.paceline.delivery.DeliveryKind;
import app.paceline.delivery.PlannedDelivery;
import app.paceline.learner.LearnerId;
import app.paceline.prompts.Prompts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Challenges in words: a day (its header, the creator's text as written, its question, Done and Answer buttons and
 * its links), several days in one catch-up message, the one message to a learner who fell behind, and the
 * learner's standing for {@code /challenge}. Days are read from the course as it is now, so a fixed typo shows.
 */
public final class ChallengeTexts {

    /** At most this many days get a button in one message; {@code /catchup} lists the rest. */
    static final int MAX_DAY_BUTTONS = 20;

    private final Prompts prompts;
    private final ListingChallenges listing;

    public ChallengeTexts(Prompts prompts, ListingChallenges listing) {
        this.prompts = prompts;
        this.listing = listing;
    }

    public DeliveryTexts registerWith(DeliveryTexts texts) {
        return texts.with(DeliveryKind.DRIP_DAY, this::released)
                .withBundle(DeliveryKind.DRIP_DAY, this::releasedTogether)
                .with(DeliveryKind.CATCH_UP, this::behind);
    }

    private ChallengeStanding standing(PlannedDelivery delivery) {
        Map<String, String> payload = delivery.plan().payload();
        return listing.of(new LearnerId(delivery.recipient().chatId()), new CourseCode(payload.get("course")), payload.get("challenge"))
                .orElseThrow(() -> new IllegalArgumentException("the learner is no longer in challenge " + payload.get("challenge")));
    }

    private static int dayOf(PlannedDelivery delivery) {
        return Integer.parseInt(delivery.plan().payload().get("day"));
    }

    DeliveryTexts.Message released(PlannedDelivery delivery, Locale locale, ZoneId zone) {
        ChallengeStanding standing = standing(delivery);
        int day = dayOf(delivery);
        if (day > standing.challenge().days().size()) {
            throw new IllegalArgumentException("day " + day + " is gone from challenge " + standing.challenge().id());
        }
        return day(standing, day, locale);
    }

    DeliveryTexts.Message releasedTogether(List<PlannedDelivery> items, Locale locale, ZoneId zone) {
        ChallengeStanding standing = standing(items.get(0));
        List<Integer> days = items.stream().map(ChallengeTexts::dayOf)
                .filter(day -> day <= standing.challenge().days().size()).sorted().toList();
        String header = prompts.render(locale, "challenge.bundle.header", Map.of("count", days.size(),
                "challenge", standing.challenge().title(), "date", closingDate(standing, locale)));
        return dayList(standing, header, days, locale);
    }

    DeliveryTexts.Message behind(PlannedDelivery delivery, Locale locale, ZoneId zone) {
        ChallengeStanding standing = standing(delivery);
        // The days behind as they are now: one done since the message was planned is not offered again.
        List<Integer> days = Arrays.stream(delivery.plan().payload().getOrDefault("behind", "").split(","))
                .filter(day -> !day.isBlank()).map(Integer::parseInt)
                .filter(day -> standing.progress().open().contains(day)).toList();
        if (days.isEmpty()) {
            // Caught up between planning and sending (the same minute): nothing true to say; dead-lettered, not sent.
            throw new IllegalArgumentException("the learner caught up before the catch-up message went out");
        }
        String header = prompts.render(locale, "challenge.catch_up", Map.of("count", days.size(),
                "challenge", standing.challenge().title(), "date", closingDate(standing, locale)));
        return dayList(standing, header, days, locale);
    }

    /** One released day: header, the creator's text, the question, and Done / Answer / link buttons. */
    public DeliveryTexts.Message day(ChallengeStanding standing, int day, Locale locale) {
        Challenge challenge = standing.challenge();
        Challenge.Day content = challenge.day(day);
        CourseCode course = standing.course().code();
        var text = new StringBuilder(prompts.render(locale, "challenge.day.header", Map.of("challenge", challenge.title(),
                "day", day, "days", challenge.days().size(), "title", content.title())));
        text.append("\n\n").append(content.text());
        content.question().ifPresent(question -> text.append("\n\n")
                .append(prompts.render(locale, "challenge.day.question", Map.of("question", question))));
        boolean done = standing.enrollment().isDone(day);
        if (done) {
            text.append("\n\n").append(prompts.render(locale, "challenge.day.done"));
        }
        List<List<Button>> rows = new ArrayList<>();
        List<Button> actions = new ArrayList<>();
        if (!done) {
            actions.add(new Button(prompts.renderPlain(locale, "challenge.button.done"),
                    ChallengeButtons.data(ChallengeButtons.DONE, course, challenge.id(), day)));
        }
        if (content.question().isPresent()) {
            actions.add(new Button(prompts.renderPlain(locale, "challenge.button.answer"),
                    ChallengeButtons.data(ChallengeButtons.ANSWER, course, challenge.id(), day)));
        }
        if (!actions.isEmpty()) {
            rows.add(actions);
        }
        content.links().forEach(link -> rows.add(List.of(Button.link(CalendarButtons.label(link.title()), link.url()))));
        return new DeliveryTexts.Message(text.toString(), rows.isEmpty() ? Keyboard.none() : new Keyboard.Inline(rows));
    }

    /** A header and one button per day (up to {@link #MAX_DAY_BUTTONS}) that opens it. */
    public DeliveryTexts.Message dayList(ChallengeStanding standing, String header, List<Integer> days, Locale locale) {
        var text = new StringBuilder(header);
        List<List<Button>> rows = new ArrayList<>();
        for (int day : days.subList(0, Math.min(days.size(), MAX_DAY_BUTTONS))) {
            rows.add(List.of(openButton(standing, day, locale)));
        }
        if (days.size() > MAX_DAY_BUTTONS) {
            text.append('\n').append(prompts.render(locale, "challenge.list.more", Map.of("count", days.size() - MAX_DAY_BUTTONS)));
        }
        return new DeliveryTexts.Message(text.toString(), rows.isEmpty() ? Keyboard.none() : new Keyboard.Inline(rows));
    }

    public Button openButton(ChallengeStanding standing, int day, Locale locale) {
        String label = CalendarButtons.label(prompts.renderPlain(locale, "challenge.button.open",
                Map.of("day", day, "title", standing.challenge().day(day).title())));
        return new Button(label, ChallengeButtons.data(ChallengeButtons.OPEN, standing.course().code(), standing.challenge().id(), day));
    }

    /**
     * Today in the learner's challenges, for {@code /today}: each challenge's day of today (done or not, with a button
     * to open it), or when its next day comes, and how many days are open to catch up. Empty when in none.
     */
    public java.util.Optional<DeliveryTexts.Message> today(LearnerId learner, Locale locale, java.time.Instant now) {
        List<ChallengeStanding> standings = listing.of(learner).stream().filter(s -> !s.archived(now)).toList();
        if (standings.isEmpty()) {
            return java.util.Optional.empty();
        }
        var text = new StringBuilder(prompts.render(locale, "challenge.today.header"));
        List<List<Button>> rows = new ArrayList<>();
        for (ChallengeStanding s : standings) {
            java.util.Optional<Integer> day = s.dayOf(now.atZone(s.zone()).toLocalDate());
            if (day.isPresent()) {
                boolean done = s.enrollment().isDone(day.get());
                text.append('\n').append(prompts.render(locale, "challenge.today.day", Map.of("challenge", s.challenge().title(),
                        "day", day.get(), "title", s.challenge().day(day.get()).title(), "done", done ? "yes" : "no")));
                if (!done) {
                    rows.add(List.of(openButton(s, day.get(), locale)));
                }
            } else if (s.enrollment().isPaused()) {
                text.append('\n').append(prompts.render(locale, "challenge.today.paused", Map.of("challenge", s.challenge().title())));
            } else if (s.nextRelease().isPresent()) {
                text.append('\n').append(prompts.render(locale, "challenge.today.next", Map.of("challenge", s.challenge().title(),
                        "day", s.progress().released() + 1, "time", LocalTimes.moment(s.nextRelease().get(), s.zone(), locale))));
            } else {
                text.append('\n').append(prompts.render(locale, "challenge.today.no_day", Map.of("challenge", s.challenge().title())));
            }
            int behind = (int) s.progress().open().stream().filter(open -> day.map(d -> !d.equals(open)).orElse(true)).count();
            if (behind > 0) {
                text.append('\n').append(prompts.render(locale, "challenge.today.behind", Map.of("count", behind)));
            }
        }
        return java.util.Optional.of(new DeliveryTexts.Message(text.toString(), rows.isEmpty() ? Keyboard.none() : new Keyboard.Inline(rows)));
    }

    /** The last local date released days can still be done, e.g. {@code Sun 14 Dec}. */
    public static String closingDate(ChallengeStanding standing, Locale locale) {
        LocalDate lastOpen = standing.archivedAt().atZone(standing.zone()).toLocalDate().minusDays(1);
        return (String) LocalTimes.value(lastOpen, standing.zone(), locale);
    }
}
