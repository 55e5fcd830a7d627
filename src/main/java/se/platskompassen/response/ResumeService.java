package se.platskompassen.response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Questionnaire;
import se.platskompassen.questionnaire.Theme;

/**
 * Lets a resident who answers on their own device come back to their unfinished response after
 * a closed tab or a lost connection. The way back is a random secret that only their browser
 * holds; the response id cannot open it, because response ids are in every export and in the
 * API. The database keeps only the secret's SHA-256 hash, and only until the response is
 * completed or the resident starts over (docs/decisions/0008-resident-flow.md).
 */
@Service
@Transactional(readOnly = true)
public class ResumeService {

    /** 256 random bits: not guessable, so a plain hash (no salt, no slow hash) is enough. */
    private static final int SECRET_BYTES = 32;

    private final ResponseService responses;
    private final ResumeSecretWrites secrets;
    private final ResponseRepository stored;
    private final AnswerRepository answers;
    private final SecureRandom random = new SecureRandom();

    ResumeService(ResponseService responses, ResumeSecretWrites secrets, ResponseRepository stored,
            AnswerRepository answers) {
        this.responses = responses;
        this.secrets = secrets;
        this.stored = stored;
        this.answers = answers;
    }

    /**
     * Starts a response on the resident's own device and returns the secret that lets this
     * device, and only it, come back to it. The secret is given out once and never stored.
     */
    @Transactional
    public String startOnOwnDevice(Dialogue dialogue, UUID responseId, Questionnaire questionnaire, Language language) {
        responses.start(dialogue, responseId, questionnaire, language, CollectionMode.OWN_DEVICE);
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        if (!secrets.attach(responseId, hash(secret))) {
            throw new IllegalStateException("The response is not a fresh one on an own device");
        }
        return secret;
    }

    /** Whether the secret opens an unfinished response of this dialogue; tells nothing of its answers. */
    public boolean canResume(String secret, long dialogueId) {
        return match(secret, dialogueId).isPresent();
    }

    /** The unfinished response of this dialogue that the secret opens: its id, language, background and answers. */
    public Optional<ResidentResume> resume(String secret, long dialogueId) {
        return match(secret, dialogueId).flatMap(stored::findById).map(response -> new ResidentResume(
                response.id(), response.dialogueId(), Language.fromCode(response.language()).orElse(Language.SV),
                response.background(), answersOf(response.id())));
    }

    /** Makes the secret useless: the resident started over, or finished. */
    @Transactional
    public void forget(String secret) {
        secrets.detach(hash(secret));
    }

    /**
     * The database finds the row by the hash; the stored hash is then compared in constant time.
     * What timing could tell about the index lookup is a hash of the caller's own input, which
     * does not lead to a secret (docs/decisions/0008-resident-flow.md).
     */
    private Optional<UUID> match(String secret, long dialogueId) {
        if (secret.isBlank()) {
            return Optional.empty();
        }
        String given = hash(secret);
        return secrets.findUnfinished(given, dialogueId)
                .filter(match -> MessageDigest.isEqual(given.getBytes(StandardCharsets.US_ASCII),
                        match.storedHash().getBytes(StandardCharsets.US_ASCII)))
                .map(ResumeSecretWrites.Match::responseId);
    }

    private List<AnswerInput> answersOf(UUID responseId) {
        List<AnswerInput> given = new ArrayList<>();
        for (Answer answer : answers.findByResponseId(responseId)) {
            Theme.fromCode(answer.themeCode()).ifPresent(theme -> given.add(
                    new AnswerInput(theme, answer.score(), answer.worksWell(), answer.couldBeBetter())));
        }
        return given;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
