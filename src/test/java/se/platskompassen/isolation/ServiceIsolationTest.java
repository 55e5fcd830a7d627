package se.platskompassen.isolation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.platskompassen.analysis.AnalysisService;
import se.platskompassen.analysis.Filter;
import se.platskompassen.analysis.Series;
import se.platskompassen.api.ApiScope;
import se.platskompassen.api.ApiService;
import se.platskompassen.api.ApiTokenService;
import se.platskompassen.audit.AuditLog;
import se.platskompassen.base.NotFoundException;
import se.platskompassen.comments.CommentFilter;
import se.platskompassen.comments.CommentRef;
import se.platskompassen.comments.CommentService;
import se.platskompassen.comments.TagCounts;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueStatus;
import se.platskompassen.discussion.ActionStatus;
import se.platskompassen.discussion.DiscussionService;
import se.platskompassen.discussion.NewAction;
import se.platskompassen.exchange.CsvOptions;
import se.platskompassen.exchange.ExportFormat;
import se.platskompassen.exchange.ExportService;
import se.platskompassen.exchange.ImportService;
import se.platskompassen.exchange.ResponsePages;
import se.platskompassen.live.GroupPictures;
import se.platskompassen.live.LiveRelease;
import se.platskompassen.organisation.NewStaff;
import se.platskompassen.organisation.NoAccessException;
import se.platskompassen.organisation.OrganisationService;
import se.platskompassen.organisation.Role;
import se.platskompassen.organisation.StaffMember;
import se.platskompassen.organisation.StaffService;
import se.platskompassen.paper.PaperEntry;
import se.platskompassen.paper.PaperService;
import se.platskompassen.place.Place;
import se.platskompassen.place.PlaceDetails;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Theme;
import se.platskompassen.report.ReportService;
import se.platskompassen.results.ResultsService;
import se.platskompassen.response.Background;
import se.platskompassen.response.Comment;
import se.platskompassen.response.ResponseExclusions;
import se.platskompassen.response.ResponseService;
import se.platskompassen.testing.EmbeddedTest;
import se.platskompassen.testing.Tenants;
import se.platskompassen.population.PlacePopulation;
import se.platskompassen.population.PopulationService;
import se.platskompassen.response.ClimateAnswers;
import se.platskompassen.questionnaire.ClimateModules;
import java.time.Instant;

/**
 * Every public service method that takes an id (or an entity) is listed here with what it must
 * do when a member of the demo municipality hands it something of the demo region: give nothing,
 * exactly as for an id that does not exist. A new method that takes an id fails this test until
 * it is listed.
 */
@EmbeddedTest
class ServiceIsolationTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired Tenants tenants;
    @Autowired PlaceService places;
    @Autowired DialogueService dialogues;
    @Autowired ResponseService responses;
    @Autowired ResponseExclusions exclusions;
    @Autowired StaffService staff;
    @Autowired OrganisationService organisations;
    @Autowired DiscussionService discussions;
    @Autowired PaperService paper;
    @Autowired AnalysisService analysis;
    @Autowired CommentService comments;
    @Autowired ExportService exports;
    @Autowired ImportService imports;
    @Autowired ResponsePages pages;
    @Autowired ReportService reports;
    @Autowired ApiService api;
    @Autowired ApiTokenService apiTokens;
    @Autowired LiveRelease liveRelease;
    @Autowired ResultsService results;
    @Autowired GroupPictures groupPictures;
    @Autowired PopulationService population;
    @Autowired ClimateAnswers climateAnswers;
    @Autowired ClimateModules climateModules;

    private OtherOrganisation region;
    private Dialogue regionDialogue;

    private static final Set<Class<?>> ID_TYPES = Set.of(long.class, Long.class, UUID.class, Dialogue.class,
            Place.class, StaffMember.class, CommentRef.class, CommentFilter.class);

    @BeforeEach
    void setUp() {
        region = OtherOrganisation.read(jdbc);
        regionDialogue = dialogues.findByJoinCode(region.joinCode()).orElseThrow();
        tenants.signInAs("kommun-admin");
    }

    @AfterEach
    void signOut() {
        tenants.signOut();
    }

    /** An action the region recorded, as the region itself; used to try it from the municipality. */
    private long regionActionId() {
        return tenants.as(region.organisationId(), () -> discussions.addAction(regionDialogue,
                new NewAction(null, "Regionens åtgärd", null, null)).id());
    }

    /** A tag of the region, made as the region itself. */
    private long regionTagId() {
        return tenants.as(region.organisationId(), () -> comments.createTag("region-" + UUID.randomUUID().toString().substring(0, 8)).id());
    }

    /** A tag of the municipality, made by the signed-in admin. */
    private long ownTagId() {
        return comments.createTag("kommun-" + UUID.randomUUID().toString().substring(0, 8)).id();
    }

    /** A comment ("works well") of an organisation's answers, read straight from the database. */
    private CommentRef commentOf(long organisationId) {
        return new CommentRef(jdbc.sql("""
                SELECT MIN(a.id) FROM answer a JOIN dialogue d ON d.id = a.dialogue_id
                WHERE d.organisation_id = :o AND a.works_well IS NOT NULL
                """).param("o", organisationId).query(Long.class).single(), Comment.Kind.WORKS_WELL);
    }

    private CommentRef ownComment() {
        return commentOf(jdbc.sql("SELECT id FROM organisation WHERE name = 'Demo kommun'").query(Long.class).single());
    }

    /**
     * Filters that name only the region's place, dialogue or tag: they select nothing at all (the
     * counts per tag are of the selection without its tag, so only the first two apply there).
     */
    private List<CommentFilter> regionFilters() {
        return List.of(CommentFilter.ALL.withPlaces(Set.of(region.placeId())),
                CommentFilter.ALL.withDialogues(Set.of(region.dialogueId())),
                CommentFilter.ALL.withTag(regionTagId()));
    }

    private static final CommentRef MISSING_COMMENT = new CommentRef(Long.MAX_VALUE, Comment.Kind.WORKS_WELL);

    /** What a method must do with the region's things; a reason says why some methods are different. */
    private Map<String, Runnable> checks() {
        Map<String, Runnable> checks = new TreeMap<>();
        checks.put("PlaceService.find(long)", () -> sameAsMissing(() -> places.find(region.placeId()),
                () -> places.find(Long.MAX_VALUE)));
        checks.put("PlaceService.update(long,PlaceDetails)", () -> sameAsMissing(
                () -> places.update(region.placeId(), PlaceDetails.named("Övertagen")),
                () -> places.update(Long.MAX_VALUE, PlaceDetails.named("Övertagen"))));
        checks.put("PlaceService.setArchived(long,boolean)", () -> sameAsMissing(
                () -> run(() -> places.setArchived(region.placeId(), true)),
                () -> run(() -> places.setArchived(Long.MAX_VALUE, true))));
        checks.put("PlaceService.publicName(long)", publicByDesign("the name residents see on a start page"));
        checks.put("DialogueService.find(long)", () -> sameAsMissing(() -> dialogues.find(region.dialogueId()),
                () -> dialogues.find(Long.MAX_VALUE)));
        checks.put("DialogueService.createWithCode(long,DialogueSettings,String,DialogueStatus)", () -> sameAsMissing(
                () -> dialogues.createWithCode(region.placeId(), regionDialogue.settings(), "X-ISO-1", DialogueStatus.OPEN),
                () -> dialogues.createWithCode(Long.MAX_VALUE, regionDialogue.settings(), "X-ISO-2", DialogueStatus.OPEN)));
        checks.put("DialogueService.create(long,DialogueSettings)", () -> sameAsMissing(
                () -> dialogues.create(region.placeId(), regionDialogue.settings()),
                () -> dialogues.create(Long.MAX_VALUE, regionDialogue.settings())));
        checks.put("DialogueService.update(long,DialogueSettings)", () -> sameAsMissing(
                () -> dialogues.update(region.dialogueId(), regionDialogue.settings()),
                () -> dialogues.update(Long.MAX_VALUE, regionDialogue.settings())));
        checks.put("DialogueService.open(long)", () -> sameAsMissing(() -> dialogues.open(region.dialogueId()),
                () -> dialogues.open(Long.MAX_VALUE)));
        checks.put("DialogueService.close(long)", () -> sameAsMissing(() -> dialogues.close(region.dialogueId()),
                () -> dialogues.close(Long.MAX_VALUE)));
        checks.put("DialogueService.findAtPlace(long)", () -> sameAsMissing(() -> dialogues.findAtPlace(region.placeId()),
                () -> dialogues.findAtPlace(Long.MAX_VALUE)));
        checks.put("ResponseService.comments(Dialogue,Theme,Locale)",
                () -> notFound(() -> responses.comments(regionDialogue, Theme.FEELING_SAFE, Locale.ROOT)));
        checks.put("DiscussionService.of(Dialogue)", () -> notFound(() -> discussions.of(regionDialogue)));
        checks.put("DiscussionService.saveAgreedScore(Dialogue,Theme,Integer)",
                () -> notFound(() -> run(() -> discussions.saveAgreedScore(regionDialogue, Theme.FEELING_SAFE, 2))));
        checks.put("DiscussionService.saveNotes(Dialogue,Theme,String)",
                () -> notFound(() -> run(() -> discussions.saveNotes(regionDialogue, Theme.FEELING_SAFE, "x"))));
        checks.put("DiscussionService.setPriority(Dialogue,Theme,boolean)",
                () -> notFound(() -> run(() -> discussions.setPriority(regionDialogue, Theme.FEELING_SAFE, true))));
        checks.put("DiscussionService.addAction(Dialogue,NewAction)",
                () -> notFound(() -> discussions.addAction(regionDialogue, new NewAction(null, "x", null, null))));
        checks.put("DiscussionService.updateAction(Dialogue,long,NewAction)", () -> notFound(() -> run(() ->
                discussions.updateAction(regionDialogue, regionActionId(), new NewAction(null, "x", null, null)))));
        checks.put("DiscussionService.setActionStatus(Dialogue,long,ActionStatus,String,LocalDate)",
                () -> notFound(() -> run(() -> discussions.setActionStatus(regionDialogue, regionActionId(),
                        ActionStatus.DONE, null, LocalDate.of(2026, 1, 1)))));
        checks.put("ResultsService.preview(Dialogue)", () -> notFound(() -> results.preview(regionDialogue)));
        checks.put("ResultsService.isPublished(Dialogue)", () -> notFound(() -> results.isPublished(regionDialogue)));
        checks.put("ResultsService.publish(Dialogue)", () -> notFound(() -> run(() -> results.publish(regionDialogue))));
        checks.put("ResultsService.unpublish(Dialogue)",
                () -> notFound(() -> run(() -> results.unpublish(regionDialogue))));
        checks.put("ResultsService.candidates(Dialogue)", () -> notFound(() -> results.candidates(regionDialogue)));
        checks.put("ResultsService.chosen(Dialogue)", () -> notFound(() -> results.chosen(regionDialogue)));
        checks.put("ResultsService.chooseComments(Dialogue,Set)",
                () -> notFound(() -> results.chooseComments(regionDialogue, Set.of(ownComment()))));
        checks.put("PaperService.form(Dialogue,Language,String)",
                () -> notFound(() -> paper.form(regionDialogue, Language.SV, "r/x")));
        checks.put("DiscussionService.setActionDone(Dialogue,long,boolean)",
                () -> notFound(() -> run(() -> discussions.setActionDone(regionDialogue, regionActionId(), true))));
        checks.put("DiscussionService.deleteAction(Dialogue,long)",
                () -> notFound(() -> run(() -> discussions.deleteAction(regionDialogue, regionActionId()))));
        checks.put("AnalysisService.history(long)", () -> sameAsMissing(() -> analysis.history(region.placeId()),
                () -> analysis.history(Long.MAX_VALUE)));
        checks.put("LiveRelease.picture(Dialogue)", () -> notFound(() -> liveRelease.picture(regionDialogue)));
        checks.put("LiveRelease.show(Dialogue)", () -> notFound(() -> liveRelease.show(regionDialogue)));
        checks.put("LiveRelease.hold(Dialogue)", () -> notFound(() -> liveRelease.hold(regionDialogue)));
        checks.put("LiveRelease.reveal(Dialogue)", () -> notFound(() -> liveRelease.reveal(regionDialogue)));
        checks.put("GroupPictures.forResident(Dialogue)", publicByDesign("residents reach an open dialogue with its "
                + "join code; they get the picture its projector shows, from the organisation's minimum group size"));
        checks.put("PopulationService.of(long)", () -> notFound(() -> population.of(region.placeId())));
        checks.put("PopulationService.forPlace(long)", () -> notFound(() -> population.forPlace(region.placeId())));
        checks.put("PopulationService.forDialogue(Dialogue)",
                () -> notFound(() -> population.forDialogue(regionDialogue)));
        checks.put("PopulationService.save(long,PlacePopulation,boolean)", () -> notFound(() -> run(() ->
                population.save(region.placeId(), new PlacePopulation(2025, "x", Map.of()), false))));
        checks.put("PopulationService.remove(long)", () -> notFound(() -> run(() -> population.remove(region.placeId()))));
        checks.put("ClimateAnswers.scoreCounts(Dialogue)", () -> notFound(() -> climateAnswers.scoreCounts(regionDialogue)));
        checks.put("ClimateAnswers.record(Dialogue,ClimateModule,Map,Instant)", () -> notFound(() -> run(() ->
                climateAnswers.record(regionDialogue, climateModules.current(regionDialogue.version()), Map.of(),
                        Instant.now()))));
        checks.put("LiveRelease.comments(Dialogue,Theme,Locale)",
                () -> notFound(() -> liveRelease.comments(regionDialogue, Theme.FEELING_SAFE, Locale.ROOT)));
        checks.put("LiveUpdates.subscribe(long,Runnable)",
                internal("hands out no data, only a signal that something in the dialogue changed"));
        checks.put("DialogueService.findForResponse(long)", internal("only the response feature calls it, with a "
                + "stored response's dialogue; checked below"));
        checks.put("DialogueService.availability(Dialogue)", internal("reads only the dialogue it is handed"));
        checks.put("OrganisationService.find(long)", () -> sameAsMissing(() -> organisations.find(region.organisationId()),
                () -> organisations.find(Long.MAX_VALUE)));
        checks.put("OrganisationService.publicName(long)", publicByDesign("organisation names are public"));
        checks.put("StaffService.changeRole(long,Role)", () -> sameAsMissing(
                () -> run(() -> staff.changeRole(region.staffId(), Role.ANALYST)),
                () -> run(() -> staff.changeRole(Long.MAX_VALUE, Role.ANALYST))));
        checks.put("StaffService.setActive(long,boolean)", () -> sameAsMissing(
                () -> run(() -> staff.setActive(region.staffId(), false)),
                () -> run(() -> staff.setActive(Long.MAX_VALUE, false))));
        checks.put("StaffService.resetPassword(long)", () -> sameAsMissing(() -> staff.resetPassword(region.staffId()),
                () -> staff.resetPassword(Long.MAX_VALUE)));
        checks.put("SignInAccounts.activeActor(long)", internal("the security feature only; checked below"));
        checks.put("SignInAccounts.passwordHash(StaffMember)", internal("the security feature only; checked below"));
        checks.put("AuditLog.ofOrganisation(long,int,int)", internal("read through AuditReader only; checked below"));
        checks.put("AuditLog.record(Long,String,AuditAction,String)", internal("writes a log line, reads nothing"));
        checks.put("ResponseService.find(UUID)", () -> sameAsMissing(() -> responses.find(region.responseId()),
                () -> responses.find(UUID.randomUUID())));
        checks.put("ResponseService.answersOf(UUID)", () -> sameAsMissing(() -> responses.answersOf(region.responseId()),
                () -> responses.answersOf(UUID.randomUUID())));
        checks.put("ResponseService.counts(Dialogue)", () -> notFound(() -> responses.counts(regionDialogue)));
        checks.put("ResponseService.scoreCounts(Dialogue)", () -> notFound(() -> responses.scoreCounts(regionDialogue)));
        checks.put("ResponseService.scoreCountsFromAnswers(Dialogue)",
                () -> notFound(() -> responses.scoreCountsFromAnswers(regionDialogue)));
        checks.put("ResponseService.deleteResponses(Dialogue)", () -> notFound(() -> responses.deleteResponses(regionDialogue)));
        checks.put("ResponseService.record(Dialogue,List)", () -> notFound(() -> responses.record(regionDialogue, List.of())));
        checks.put("ResponseService.record(Dialogue,RecordedResponse)", internal("calls record(Dialogue,List)"));
        checks.put("ResponseService.paperForm(Dialogue,String)",
                () -> notFound(() -> responses.paperForm(regionDialogue, "1")));
        checks.put("PaperService.form(Dialogue,Language)",
                () -> notFound(() -> paper.form(regionDialogue, Language.SV)));
        checks.put("PaperService.save(Dialogue,PaperEntry)", () -> notFound(() -> paper.save(regionDialogue,
                new PaperEntry(UUID.randomUUID(), "1", Language.SV,
                        Background.NONE, List.of()))));
        checks.put("ExportService.fileName(long,ExportFormat)", () -> sameAsMissing(
                () -> exports.fileName(region.dialogueId(), ExportFormat.CSV_WIDE),
                () -> exports.fileName(Long.MAX_VALUE, ExportFormat.CSV_WIDE)));
        checks.put("ExportService.export(long,ExportFormat,CsvOptions,OutputStream)", () -> sameAsMissing(
                () -> exported(region.dialogueId()), () -> exported(Long.MAX_VALUE)));
        byte[] importFile = "MOVING_AROUND\n4\n".getBytes(StandardCharsets.UTF_8);
        checks.put("ImportService.checkImport(long,byte[])", () -> sameAsMissing(
                () -> imports.checkImport(region.dialogueId(), importFile),
                () -> imports.checkImport(Long.MAX_VALUE, importFile)));
        checks.put("ImportService.importCsv(long,byte[])", () -> sameAsMissing(
                () -> imports.importCsv(region.dialogueId(), importFile),
                () -> imports.importCsv(Long.MAX_VALUE, importFile)));
        checks.put("ReportService.dialogueFileName(long,Locale)", () -> sameAsMissing(
                () -> reports.dialogueFileName(region.dialogueId(), Locale.ROOT),
                () -> reports.dialogueFileName(Long.MAX_VALUE, Locale.ROOT)));
        checks.put("ReportService.dialogueReport(long,Locale,OutputStream)", () -> sameAsMissing(
                () -> reported(out -> reports.dialogueReport(region.dialogueId(), Locale.ROOT, out)),
                () -> reported(out -> reports.dialogueReport(Long.MAX_VALUE, Locale.ROOT, out))));
        checks.put("ReportService.dialogueReport(long,Locale,DownloadTarget)", () -> sameAsMissing(
                () -> reported(out -> reports.dialogueReport(region.dialogueId(), Locale.ROOT, name -> out)),
                () -> reported(out -> reports.dialogueReport(Long.MAX_VALUE, Locale.ROOT, name -> out))));
        String resident = "residents hold the id of the response they started themselves";
        checks.put("ResponseService.start(Dialogue,UUID,Questionnaire,Language,CollectionMode)",
                publicByDesign("residents reach an open dialogue with its join code"));
        checks.put("ResponseService.start(Dialogue,UUID,Questionnaire,Language,CollectionMode,ResidentSession)",
                publicByDesign("residents reach an open dialogue with its join code"));
        checks.put("ResponseExclusions.bursts(Dialogue)", () -> notFound(() -> exclusions.bursts(regionDialogue)));
        checks.put("ResponseExclusions.exclusions(Dialogue)",
                () -> notFound(() -> exclusions.exclusions(regionDialogue)));
        checks.put("ResponseExclusions.exclude(Dialogue,Collection,String)", () -> notFound(() -> exclusions.exclude(
                regionDialogue, List.of(region.responseId()), "övertagen")));
        checks.put("ResponseExclusions.include(Dialogue,Collection)",
                () -> notFound(() -> exclusions.include(regionDialogue, List.of(region.responseId()))));
        checks.put("ResponseService.saveBackground(UUID,Background)", publicByDesign(resident));
        checks.put("ResponseService.saveAnswer(UUID,AnswerInput)", publicByDesign(resident));
        checks.put("ClimateAnswers.save(UUID,AnswerInput,ClimateModule,Integer)", publicByDesign(resident));
        checks.put("ResponseService.complete(UUID)", publicByDesign(resident));
        checks.put("ResumeService.startOnOwnDevice(Dialogue,UUID,Questionnaire,Language)",
                publicByDesign("residents reach an open dialogue with its join code"));
        String secret = "only the resident's own browser holds the secret; an id alone opens nothing";
        checks.put("ResumeService.canResume(String,long)", publicByDesign(secret));
        checks.put("ResumeService.resume(String,long)", publicByDesign(secret));
        checks.put("ClimateAnswers.resumedScores(String,long)", publicByDesign(secret));
        checks.put("CommentService.search(CommentFilter,int,int)", () -> regionFilters().forEach(filter ->
                sameAsMissing(() -> comments.search(filter, 0, 50),
                        () -> comments.search(CommentFilter.ALL.withDialogues(Set.of(Long.MAX_VALUE)), 0, 50))));
        checks.put("CommentService.count(CommentFilter)", () -> regionFilters().forEach(filter ->
                assertThat(comments.count(filter)).as("%s", filter).isZero()));
        checks.put("CommentService.tagCounts(CommentFilter)", () -> {
            regionFilters().subList(0, 2).forEach(filter -> {
                TagCounts counts = comments.tagCounts(filter);
                assertThat(counts.comments()).isZero();
                assertThat(counts.byTag()).isEmpty();
            });
            long regionTag = regionTagId();
            assertThat(comments.tagCounts(CommentFilter.ALL.withTag(regionTag)).byTag())
                    .as("counts are of the municipality's own tags only").doesNotContainKey(regionTag);
        });
        checks.put("CommentService.uses(long)", () -> sameAsMissing(() -> comments.uses(regionTagId()),
                () -> comments.uses(Long.MAX_VALUE)));
        checks.put("CommentService.renameTag(long,String)", () -> sameAsMissing(
                () -> comments.renameTag(regionTagId(), "övertagen"), () -> comments.renameTag(Long.MAX_VALUE, "övertagen")));
        checks.put("CommentService.deleteTag(long)", () -> sameAsMissing(() -> comments.deleteTag(regionTagId()),
                () -> comments.deleteTag(Long.MAX_VALUE)));
        checks.put("CommentService.tagAll(CommentFilter,long)", () -> {
            sameAsMissing(() -> run(() -> comments.tagAll(CommentFilter.ALL, regionTagId())),
                    () -> run(() -> comments.tagAll(CommentFilter.ALL, Long.MAX_VALUE)));
            long own = ownTagId();
            regionFilters().subList(0, 2).forEach(filter -> assertThat(comments.tagAll(filter, own))
                    .as("a filter of the region's things tags nothing").isZero());
        });
        checks.put("CommentService.tag(CommentRef,long)", () -> {
            long own = ownTagId();
            sameAsMissing(() -> run(() -> comments.tag(commentOf(region.organisationId()), own)),
                    () -> run(() -> comments.tag(MISSING_COMMENT, own)));
            sameAsMissing(() -> run(() -> comments.tag(ownComment(), regionTagId())),
                    () -> run(() -> comments.tag(ownComment(), Long.MAX_VALUE)));
        });
        checks.put("CommentService.untag(CommentRef,long)", () -> {
            long own = ownTagId();
            sameAsMissing(() -> run(() -> comments.untag(commentOf(region.organisationId()), own)),
                    () -> run(() -> comments.untag(MISSING_COMMENT, own)));
            sameAsMissing(() -> run(() -> comments.untag(ownComment(), regionTagId())),
                    () -> run(() -> comments.untag(ownComment(), Long.MAX_VALUE)));
        });
        checks.put("CommentService.setTags(CommentRef,Set)", () -> {
            long own = ownTagId();
            sameAsMissing(() -> run(() -> comments.setTags(commentOf(region.organisationId()), Set.of(own))),
                    () -> run(() -> comments.setTags(MISSING_COMMENT, Set.of(own))));
            sameAsMissing(() -> run(() -> comments.setTags(ownComment(), Set.of(regionTagId()))),
                    () -> run(() -> comments.setTags(ownComment(), Set.of(Long.MAX_VALUE))));
        });
        checks.put("ResponsePages.page(Dialogue,ResponsePosition,int)",
                () -> notFound(() -> pages.page(regionDialogue, null, 10)));
        checks.put("ResponsePages.page(Dialogue,Set,ResponsePosition,int)",
                () -> notFound(() -> pages.page(regionDialogue, EnumSet.of(Language.AR), null, 10)));
        checks.put("ResponsePages.count(Dialogue,Set)",
                () -> notFound(() -> pages.count(regionDialogue, EnumSet.of(Language.AR))));
        checks.put("ApiService.place(long)", () -> sameAsMissing(() -> api.place(region.placeId()),
                () -> api.place(Long.MAX_VALUE)));
        checks.put("ApiService.dialoguesAt(long,int,int)", () -> sameAsMissing(
                () -> api.dialoguesAt(region.placeId(), 0, 10), () -> api.dialoguesAt(Long.MAX_VALUE, 0, 10)));
        checks.put("ApiService.dialogue(long)", () -> sameAsMissing(() -> api.dialogue(region.dialogueId()),
                () -> api.dialogue(Long.MAX_VALUE)));
        checks.put("ApiService.responses(long,String,int)", () -> sameAsMissing(
                () -> api.responses(region.dialogueId(), null, 10), () -> api.responses(Long.MAX_VALUE, null, 10)));
        checks.put("ApiService.responses(long,Set,String,int)", () -> sameAsMissing(
                () -> api.responses(region.dialogueId(), EnumSet.of(Language.AR), null, 10),
                () -> api.responses(Long.MAX_VALUE, EnumSet.of(Language.AR), null, 10)));
        checks.put("ApiService.figures(long)", () -> sameAsMissing(() -> api.figures(region.dialogueId()),
                () -> api.figures(Long.MAX_VALUE)));
        checks.put("ApiTokenService.revoke(long)", () -> {
            long regionToken = tenants.as(region.organisationId(),
                    () -> apiTokens.create("Regionens nyckel", EnumSet.of(ApiScope.FIGURES)).token().id());
            sameAsMissing(() -> run(() -> apiTokens.revoke(regionToken)),
                    () -> run(() -> apiTokens.revoke(Long.MAX_VALUE)));
            assertThat(tenants.as(region.organisationId(), () -> apiTokens.list()).stream()
                    .filter(token -> token.id() == regionToken).findFirst().orElseThrow().revoked())
                    .as("the region's token still works").isFalse();
        });
        return checks;
    }

    @Test
    void every_service_method_that_takes_an_id_is_checked_here() {
        List<String> unlisted = new ArrayList<>();
        for (String method : idTakingMethods()) {
            if (!checks().containsKey(method)) {
                unlisted.add(method);
            }
        }
        assertThat(unlisted).as("service methods taking an id that this test does not check yet").isEmpty();
        assertThat(idTakingMethods()).as("the walk finds the services").contains("PlaceService.find(long)",
                "ResponseService.find(UUID)", "StaffService.changeRole(long,Role)");
    }

    @Test
    void a_member_of_the_municipality_gets_nothing_of_the_region_from_any_service() {
        Map<String, Runnable> checks = checks();
        for (String method : idTakingMethods()) {
            checks.get(method).run();
        }
        assertThat(tenants.as(region.organisationId(), () -> places.find(region.placeId())).orElseThrow().name())
                .as("the region's place is unchanged").isNotEqualTo("Övertagen");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM response WHERE dialogue_id = :d").param("d", region.dialogueId())
                .query(Long.class).single()).as("the region's responses are still there").isPositive();
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM comment_tag_link l JOIN comment_tag t ON t.id = l.tag_id
                JOIN answer a ON a.id = l.answer_id JOIN dialogue d ON d.id = a.dialogue_id
                WHERE t.organisation_id <> d.organisation_id
                """).query(Long.class).single())
                .as("no link puts one organisation's tag on another's comment").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM comment_tag WHERE name = 'övertagen'").query(Long.class).single())
                .as("no tag of the region was renamed").isZero();
    }

    @Test
    void the_analyses_treat_the_regions_ids_inside_series_as_missing_ones() {
        sameAsMissing(() -> analysis.compare(Filter.DEFAULT, List.of(new Series.AtPlace(region.placeId()))),
                () -> analysis.compare(Filter.DEFAULT, List.of(new Series.AtPlace(Long.MAX_VALUE))));
        sameAsMissing(() -> analysis.compare(Filter.DEFAULT, List.of(new Series.OfDialogue(region.dialogueId()))),
                () -> analysis.compare(Filter.DEFAULT, List.of(new Series.OfDialogue(Long.MAX_VALUE))));
        sameAsMissing(() -> reported(out -> reports.comparisonReport(Filter.DEFAULT,
                        List.of(new Series.AtPlace(region.placeId())), Locale.ROOT, out)),
                () -> reported(out -> reports.comparisonReport(Filter.DEFAULT,
                        List.of(new Series.AtPlace(Long.MAX_VALUE)), Locale.ROOT, out)));
        sameAsMissing(() -> reported(out -> reports.comparisonReport(Filter.DEFAULT,
                        List.of(new Series.Everyone(), new Series.OfDialogue(region.dialogueId())), Locale.ROOT, out)),
                () -> reported(out -> reports.comparisonReport(Filter.DEFAULT,
                        List.of(new Series.Everyone(), new Series.OfDialogue(Long.MAX_VALUE)), Locale.ROOT, out)));
        assertThat(analysis.overview(Filter.DEFAULT).places()).extracting(row -> row.name())
                .doesNotContainAnyElementsOf(region.secrets());
        assertThat(analysis.choices().dialogues()).extracting(choice -> choice.title())
                .doesNotContainAnyElementsOf(region.secrets());
    }

    @Test
    void an_admin_cannot_create_staff_in_another_organisation() {
        var created = staff.create(new NewStaff("iso.test", "Iso Test", Role.ANALYST, region.organisationId()));
        assertThat(created.member().organisationId()).isNotEqualTo(region.organisationId());
    }

    @Test
    void internal_lookups_are_called_only_from_where_they_belong() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.platskompassen");
        noClasses().that().resideOutsideOfPackage("se.platskompassen.response")
                .should().callMethod(DialogueService.class, "findForResponse", long.class).check(classes);
        noClasses().that().resideOutsideOfPackages("se.platskompassen.security", "se.platskompassen.organisation")
                .should().dependOnClassesThat().haveSimpleName("SignInAccounts").check(classes);
        noClasses().that().resideOutsideOfPackages("se.platskompassen.organisation", "se.platskompassen.audit")
                .should().callMethod(AuditLog.class, "ofOrganisation", long.class, int.class,
                        int.class)
                .orShould().callMethod(AuditLog.class, "all", int.class, int.class)
                .check(classes);
    }

    private List<String> idTakingMethods() {
        List<String> methods = new ArrayList<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("se.platskompassen")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()
                        && Arrays.stream(method.getParameterTypes()).anyMatch(ID_TYPES::contains)) {
                    methods.add(type.getSimpleName() + "." + method.getName() + "("
                            + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                                    .collect(Collectors.joining(",")) + ")");
                }
            }
        }
        return methods;
    }

    /** The region's id gives exactly what an id that does not exist gives: nothing. */
    private static void sameAsMissing(Supplier<?> regions, Supplier<?> missing) {
        Outcome forRegion = Outcome.of(regions);
        Outcome forMissing = Outcome.of(missing);
        assertThat(forRegion.nothing()).as("the region's id gives nothing: %s", forRegion).isTrue();
        assertThat(forRegion).as("the region's id gives the same as a missing one").isEqualTo(forMissing);
    }

    private static void notFound(Supplier<?> call) {
        assertThat(catchThrowable(call::get)).isInstanceOf(NotFoundException.class);
    }

    /** Exports a dialogue; nothing may reach the output when the dialogue is not found. */
    private Object exported(long dialogueId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exports.export(dialogueId, ExportFormat.XLSX, CsvOptions.STANDARD, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            assertThat(out.size()).as("bytes written for dialogue %s", dialogueId).isZero();
        }
        return Optional.empty();
    }

    private interface Report {
        void write(OutputStream out) throws IOException;
    }

    /** Writes a PDF report; nothing may reach the output when what it is about is not found. */
    private static Object reported(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            report.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            assertThat(out.size()).as("bytes of a report written").isZero();
        }
        return Optional.empty();
    }

    private static Object run(Runnable action) {
        action.run();
        return Optional.empty();
    }

    private static Runnable publicByDesign(String reason) {
        return () -> assertThat(reason).isNotBlank();
    }

    private static Runnable internal(String reason) {
        return () -> assertThat(reason).isNotBlank();
    }

    /** What a call gave: an empty result, or an exception of a kind with a message. */
    private record Outcome(String kind, String detail, boolean nothing) {

        static Outcome of(Supplier<?> call) {
            try {
                Object result = call.get();
                boolean empty = result == null || (result instanceof Optional<?> o && o.isEmpty())
                        || (result instanceof Collection<?> c && c.isEmpty());
                return new Outcome("returned", empty ? "nothing" : String.valueOf(result), empty);
            } catch (NotFoundException | NoAccessException e) {
                return new Outcome(e.getClass().getSimpleName(), e.getMessage(), true);
            }
        }
    }
}
