package se.platskompassen;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.internal.BundleUtils;
import com.vaadin.flow.server.frontend.scanner.ChunkInfo;
import com.vaadin.flow.server.frontend.scanner.ClassFinder;
import com.vaadin.flow.server.frontend.scanner.EntryPointType;
import com.vaadin.flow.server.frontend.scanner.FrontendDependenciesScanner;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The production bundle committed in {@code src/main/bundles} still fits the code (decision 0025).
 *
 * <p>Vaadin checks at every build that each component the code uses is somewhere in the bundle, and
 * fails the build when one is missing. It does not check which page loads it: the bundle loads the
 * start and sign-in pages' components at once and every other page's when it opens, by a list made
 * when the bundle was built. A page added since, or a page that now uses a component only other
 * pages had, would open without that component until some other page loaded it. This test scans
 * the code the way Vaadin's build does and compares it with that list
 * ({@code prod.bundle.imports}, written by {@code tools/rebuild-bundle.sh} with the bundle).
 */
class ProductionBundleTest {

    private static final Path IMPORTS = Path.of("src/main/bundles/prod.bundle.imports");
    private static final String EAGER = "eager";
    private static final String REBUILD = "the production bundle is out of date: run tools/rebuild-bundle.sh"
            + " (Node 24) and commit src/main/bundles (decision 0025)";

    @Test
    void every_page_loads_the_components_it_uses() throws IOException, URISyntaxException, ClassNotFoundException {
        Map<String, Set<String>> bundled = bundledImports();
        FrontendDependenciesScanner scanner = new FrontendDependenciesScanner.FrontendDependenciesScannerFactory()
                .createScanner(false, applicationClasses(), false, null, false);

        assertThat(scanner.getModules().keySet()).as("pages scanned that load later")
                .anyMatch(chunk -> chunk.getType() == EntryPointType.ROUTE && !chunk.isEager());

        List<String> missing = new ArrayList<>();
        collect(scanner.getModules(), bundled, missing);
        collect(scanner.getScripts(), bundled, missing);

        assertThat(missing).as(REBUILD).isEmpty();
    }

    private static void collect(Map<ChunkInfo, List<String>> used, Map<String, Set<String>> bundled,
            List<String> missing) {
        used.forEach((chunk, modules) -> {
            boolean lazyPage = chunk.getType() == EntryPointType.ROUTE && !chunk.isEager();
            Set<String> loaded = new HashSet<>(bundled.getOrDefault(EAGER, Set.of()));
            if (lazyPage) {
                chunk.getDependencyTriggers().forEach(trigger ->
                        loaded.addAll(bundled.getOrDefault(BundleUtils.getChunkId(trigger), Set.of())));
            }
            for (String module : modules) {
                if (!loaded.contains(asImport(module))) {
                    missing.add((lazyPage ? chunk.getName() : "the pages loaded at once") + " uses " + module);
                }
            }
        });
    }

    /** The scanner's module names as the generated imports name them. */
    private static String asImport(String module) {
        return module.startsWith("./") ? "Frontend/generated/jar-resources/" + module.substring(2) : module;
    }

    /** Chunk key ({@value #EAGER} for what loads at once) → the imports the bundle has for it. */
    private static Map<String, Set<String>> bundledImports() throws IOException {
        assertThat(IMPORTS).as("the list of what the bundle loads for each page; " + REBUILD).exists();
        try (Stream<String> lines = Files.lines(IMPORTS)) {
            return lines.filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(" ", 2))
                    .collect(Collectors.groupingBy(parts -> parts[0],
                            Collectors.mapping(parts -> parts[1], Collectors.toCollection(TreeSet::new))));
        }
    }

    /** The application's own classes: the pages, the app shell, the listeners and error pages. */
    private static ClassFinder applicationClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(Application.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<Class<?>> classes = new HashSet<>();
        ClassLoader loader = Application.class.getClassLoader();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(file -> file.toString().endsWith(".class")
                    && !file.getFileName().toString().startsWith("package-info")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, loader));
            }
        }
        return new ClassFinder.DefaultClassFinder(classes);
    }
}
