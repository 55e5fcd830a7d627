package se.platskompassen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs on the build machines, so these checks hold the image and the compose
 * file to what the application really reads and builds.
 */
class DockerSetupTest {

    private final String dockerfile = read("docker/Dockerfile");

    @Test
    void the_image_runs_the_jar_that_the_build_makes_with_the_postgres_profile() {
        assertThat(read("pom.xml")).contains("<artifactId>platskompassen</artifactId>");
        assertThat(dockerfile).contains("target/platskompassen-*.jar")
                .contains("SPRING_PROFILES_ACTIVE=postgres")
                .contains("ENTRYPOINT [\"java\", \"-XX:AOTCache=platskompassen.aot\"")
                .contains("\"-jar\", \"platskompassen.jar\"]")
                .contains("USER platskompassen")
                .contains("/actuator/health");
    }

    @Test
    @SuppressWarnings("unchecked")
    void compose_gives_the_app_the_datasource_variables_spring_reads_and_a_named_volume_for_the_database() {
        Map<String, Object> compose = new Yaml().load(read("docker/compose.yaml"));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        Map<String, Object> app = (Map<String, Object>) services.get("app");
        Map<String, Object> env = (Map<String, Object>) app.get("environment");

        assertThat(env).containsKeys("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
                "SPRING_DATASOURCE_PASSWORD", "SPRING_PROFILES_ACTIVE");
        assertThat(env.get("SPRING_PROFILES_ACTIVE")).isEqualTo("postgres");
        assertThat(String.valueOf(env.get("SPRING_DATASOURCE_URL"))).startsWith("jdbc:postgresql://db:5432/");
        assertThat((Map<String, Object>) app.get("healthcheck")).containsKey("test");

        Map<String, Object> db = (Map<String, Object>) services.get("db");
        assertThat((List<String>) db.get("volumes")).anyMatch(volume -> volume.startsWith("platskompassen-db:"));
        assertThat((Map<String, Object>) compose.get("volumes")).containsKey("platskompassen-db");
        assertThat(read("src/main/resources/application-postgres.properties"))
                .contains("${SPRING_DATASOURCE_URL").contains("platskompassen.demo.enabled=false");
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
