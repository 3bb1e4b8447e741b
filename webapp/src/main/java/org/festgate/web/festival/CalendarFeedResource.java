package org.festgate.web.festival;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.festgate.core.ical.IcsFeed;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;

/**
 * iCalendar feeds that calendar apps subscribe to: all festivals, one festival, or those of a filter. Each
 * occurrence is an explicit event (no calendar app expands a lunar rule). Without a year a feed covers last year
 * to next year, so a subscription always shows what is coming.
 */
@Path("calendar")
@RequestScoped
public class CalendarFeedResource {

    /** The media type of iCalendar text. */
    public static final String TEXT_CALENDAR = "text/calendar;charset=utf-8";

    /** Subscription links for a feed: an https address to download and a webcal: one to subscribe. */
    public record FeedLinks(String ics, String webcal) {
    }

    @Inject
    private FestivalCatalog catalog;

    @Inject
    private FestivalFilter filter;

    @Inject
    private RenderedResponses rendered;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "festgate.calendar.uid-domain")
    private String uidDomain;

    @Inject
    @ConfigProperty(name = "festgate.calendar.organizer")
    private URI organizer;

    @Context
    private UriInfo uri;

    @GET
    @Path("festivals.ics")
    @Produces(TEXT_CALENDAR)
    @Operation(summary = "iCalendar feed of the festivals passing a filter (all by default)")
    public Response feed(@BeanParam FestivalFilter.Params params, @QueryParam("lang") String lang) {
        FestivalQuery query = filter.toQuery(params);
        FestivalSnapshots.Snapshot snapshot = catalog.snapshot();
        return render(snapshot, query, () -> snapshot.matching(query), params.year, lang, "festgate-festivals.ics");
    }

    @GET
    @Path("festivals/{key}.ics")
    @Produces(TEXT_CALENDAR)
    @Operation(summary = "iCalendar feed of one festival")
    public Response festivalFeed(@PathParam("key") String key, @QueryParam("year") String year,
                                 @QueryParam("lang") String lang) {
        LocalDate today = LocalDate.now(clock.withZone(FestivalFilter.ZONE));
        FestivalSnapshots.Snapshot snapshot = catalog.snapshot();
        ScheduledFestival festival = snapshot.find(key, today, today)
                .orElseThrow(() -> new ProblemException(Problem.notFound("festival", key)));
        return render(snapshot, key, () -> List.of(festival), year, lang, key + ".ics");
    }

    @GET
    @Path("links")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Download and webcal: subscription links for the feed of a filter")
    public FeedLinks links(@BeanParam FestivalFilter.Params params, @QueryParam("lang") String lang) {
        UriBuilder ics = uri.getBaseUriBuilder().path(CalendarFeedResource.class).path("festivals.ics");
        addQuery(ics, "ethnicGroup", params.ethnicGroup);
        addQuery(ics, "district", params.district);
        addQuery(ics, "q", params.q);
        addQuery(ics, "lang", FestivalFilter.language(lang));
        String https = ics.build().toString();
        return new FeedLinks(https, "webcal" + https.substring(https.indexOf(':')));
    }

    /**
     * The feed of the festivals, rendered once per version of the festival data and per request.
     *
     * @param snapshot the festival data the festivals were selected from
     * @param selection what the festivals were selected by (part of the cache key)
     */
    private Response render(FestivalSnapshots.Snapshot snapshot, Object selection,
                            Supplier<List<ScheduledFestival>> festivals, String year, String lang, String fileName) {
        String language = FestivalFilter.language(lang);
        int thisYear = LocalDate.now(clock.withZone(FestivalFilter.ZONE)).getYear();
        int feedYear = filter.yearOrThisYear(year);
        boolean wholeYearOnly = year != null && !year.isBlank();
        record FeedRequest(Object selection, String language, int year, boolean wholeYearOnly, URI base) {
        }
        URI base = uri.getBaseUriBuilder().replacePath("/festivals/").build();
        String body = rendered.body(snapshot.version(), new FeedRequest(selection, language, feedYear, wholeYearOnly,
                base), () -> {
                    List<ScheduledFestival> selected = festivals.get();
                    IcsFeed feed = IcsFeed.builder(uidDomain, organizer, clock)
                            .language(language)
                            .baseUrl(base)
                            .festivals(selected.stream().map(ScheduledFestival::festival).toList())
                            .venues(selected.stream().map(ScheduledFestival::venue).distinct().toList())
                            .build();
                    return wholeYearOnly ? feed.render(feedYear)
                            : feed.render(LocalDate.of(thisYear - 1, 1, 1), LocalDate.of(thisYear + 1, 12, 31));
                });
        return Response.ok(body, TEXT_CALENDAR)
                .header("Content-Disposition", "inline; filename=\"" + fileName + "\"").build();
    }

    private static void addQuery(UriBuilder builder, String name, String value) {
        if (value != null && !value.isBlank()) {
            builder.queryParam(name, value);
        }
    }
}
