package io.followthrough.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Inspects the built plugin jar the way Confluence's plugin system will meet it. */
class PluginJarIT {
    private static final String PLUGIN_KEY = "io.followthrough.confluence";
    private static final Pattern TEMPLATE_KEY = Pattern.compile("\\$i18n\\.getText\\(\\s*\"([^\"]+)\"");
    private static final Pattern JS_KEY = Pattern.compile("I18n\\.getText\\(\\s*['\"]([^'\"]+)['\"]");

    private static JarFile jar;
    private static Document descriptor;

    @BeforeAll
    static void openJar() throws Exception {
        jar = new JarFile(Path.of(System.getProperty("plugin.jar")).toFile());
        JarEntry entry = jar.getJarEntry("atlassian-plugin.xml");
        assertThat(entry).as("atlassian-plugin.xml at the jar's root").isNotNull();
        try (InputStream in = jar.getInputStream(entry)) {
            descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    @AfterAll
    static void closeJar() throws IOException {
        jar.close();
    }

    @Test
    void manifestMakesTheJarATransformerlessAtlassianPlugin() throws IOException {
        Attributes main = jar.getManifest().getMainAttributes();

        assertThat(main.getValue("Atlassian-Plugin-Key")).isEqualTo(PLUGIN_KEY);
        assertThat(main.getValue("Bundle-SymbolicName")).isEqualTo(PLUGIN_KEY);
        assertThat(main.getValue("Bundle-ManifestVersion")).isEqualTo("2");
        assertThat(main.getValue("Spring-Context")).isEqualTo("*");
        assertThat(main.getValue("Export-Package")).as("the plugin exports nothing").isNull();
        assertThat(main.getValue("Import-Package")).isNotBlank()
                .doesNotContain("*").doesNotContain("resolution:=optional");
    }

    @Test
    void descriptorKeyMatchesTheManifestAndDeclaresDataCenterCompatibility() {
        Element root = descriptor.getDocumentElement();

        assertThat(root.getAttribute("key")).isEqualTo(PLUGIN_KEY);
        assertThat(params()).contains("atlassian-data-center-status=compatible", "atlassian-data-center-compatible=true");
        assertThat(jar.stream().map(JarEntry::getName)).contains("i18n/followthrough.properties");
    }

    @Test
    void jarContainsNoHostApiOrOtherProvidedClasses() {
        assertThat(jar.stream().map(JarEntry::getName).filter(n -> n.endsWith(".class")))
                .isNotEmpty()
                .noneMatch(n -> n.startsWith("com/atlassian/"))
                .noneMatch(n -> n.startsWith("net/java/ao/"))
                .noneMatch(n -> n.startsWith("jakarta/"))
                .noneMatch(n -> n.startsWith("org/springframework/"));
    }

    @Test
    void everyClassTheDescriptorNamesIsInTheJar() {
        List<String> named = new ArrayList<>();
        NodeList all = descriptor.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("class")) {
                named.add(element.getAttribute("class"));
            }
            if (Set.of("entity", "upgradeTask").contains(element.getTagName())) {
                named.add(element.getTextContent().strip());
            }
            if (element.getTagName().equals("method")) {
                named.add(element.getTextContent().strip().split("#")[0]);
            }
        }
        assertThat(named).isNotEmpty().allSatisfy(name -> assertThat(classExists(name)).as(name).isTrue());
    }

    @Test
    void everyClassTheSpringXmlNamesExistsAndImportedServicesAreImportedPackages() throws Exception {
        List<JarEntry> springXml = jar.stream()
                .filter(e -> e.getName().startsWith("META-INF/spring/") && e.getName().endsWith(".xml")).toList();
        assertThat(springXml).isNotEmpty();
        Set<String> imports = importedPackages();
        for (JarEntry entry : springXml) {
            Document xml;
            try (InputStream in = jar.getInputStream(entry)) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                xml = factory.newDocumentBuilder().parse(in);
            }
            NodeList beans = xml.getElementsByTagNameNS("http://www.springframework.org/schema/beans", "bean");
            for (int i = 0; i < beans.getLength(); i++) {
                String type = ((Element) beans.item(i)).getAttribute("class");
                assertThat(classExists(type)).as("bean class " + type).isTrue();
            }
            NodeList references = xml.getElementsByTagNameNS("http://www.eclipse.org/gemini/blueprint/schema/blueprint", "reference");
            assertThat(references.getLength()).isPositive();
            for (int i = 0; i < references.getLength(); i++) {
                String type = ((Element) references.item(i)).getAttribute("interface");
                assertThat(imports).as("Import-Package covers the service " + type).contains(packageOf(type));
            }
        }
    }

    @Test
    void everyPackageTheBytecodeUsesIsImportedOrBundled() throws IOException {
        Set<String> used = new TreeSet<>();
        for (JarEntry entry : jar.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
            try (InputStream in = jar.getInputStream(entry)) {
                used.addAll(referencedPackages(in.readAllBytes()));
            }
        }
        Set<String> bundled = new TreeSet<>();
        jar.stream().filter(e -> e.getName().endsWith(".class"))
                .forEach(e -> bundled.add(e.getName().substring(0, e.getName().lastIndexOf('/')).replace('/', '.')));
        used.removeIf(p -> p.startsWith("java.") || bundled.contains(p));

        assertThat(importedPackages()).as("Import-Package lists exactly what the classes use").isEqualTo(used);
    }

    @Test
    void everyI18nKeyTheDescriptorAndTemplatesUseExists() throws IOException {
        Properties bundle = bundle("i18n/followthrough.properties");
        Set<String> keys = new TreeSet<>();
        NodeList all = descriptor.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("i18n-name-key")) {
                keys.add(element.getAttribute("i18n-name-key"));
            }
            if (Set.of("label", "description").contains(element.getTagName()) && element.hasAttribute("key")) {
                keys.add(element.getAttribute("key"));
            }
            if (element.getTagName().equals("xhtml-macro")) {
                keys.addAll(macroBrowserKeys(element));
            }
        }
        for (JarEntry entry : jar.stream().filter(e -> e.getName().endsWith(".vm") || e.getName().endsWith(".js")).toList()) {
            String text = new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = (entry.getName().endsWith(".vm") ? TEMPLATE_KEY : JS_KEY).matcher(text);
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        assertThat(keys).hasSizeGreaterThan(10);
        assertThat(keys).allSatisfy(key -> assertThat(bundle).as("i18n key " + key).containsKey(key));
    }

    @Test
    void everyLocaleHasTheSameKeysAsTheDefaultBundle() throws IOException {
        Set<String> english = bundle("i18n/followthrough.properties").stringPropertyNames();
        List<String> locales = jar.stream().map(JarEntry::getName)
                .filter(n -> n.startsWith("i18n/followthrough_") && n.endsWith(".properties")).toList();

        assertThat(locales).isNotEmpty();
        for (String locale : locales) {
            assertThat(bundle(locale).stringPropertyNames()).as(locale).isEqualTo(english);
        }
    }

    private static List<String> macroBrowserKeys(Element macro) {
        String prefix = PLUGIN_KEY + "." + macro.getAttribute("name");
        List<String> keys = new ArrayList<>(List.of(prefix + ".label", prefix + ".desc"));
        NodeList parameters = macro.getElementsByTagName("parameter");
        for (int i = 0; i < parameters.getLength(); i++) {
            String name = ((Element) parameters.item(i)).getAttribute("name");
            keys.add(prefix + ".param." + name + ".label");
            keys.add(prefix + ".param." + name + ".desc");
        }
        return keys;
    }

    private static List<String> params() {
        List<String> out = new ArrayList<>();
        NodeList params = descriptor.getElementsByTagName("param");
        for (int i = 0; i < params.getLength(); i++) {
            Element p = (Element) params.item(i);
            out.add(p.getAttribute("name") + "=" + p.getTextContent().strip());
        }
        return out;
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = jar.getInputStream(jar.getJarEntry(name))) {
            properties.load(in);
        }
        return properties;
    }

    private static boolean classExists(String name) {
        if (name.startsWith("java.")) {
            try {
                Class.forName(name, false, ClassLoader.getPlatformClassLoader());
                return true;
            } catch (ClassNotFoundException e) {
                return false;
            }
        }
        return jar.getJarEntry(name.replace('.', '/') + ".class") != null;
    }

    private static Set<String> importedPackages() throws IOException {
        Set<String> packages = new TreeSet<>();
        for (String clause : jar.getManifest().getMainAttributes().getValue("Import-Package").split(",(?=[a-z])")) {
            packages.add(clause.split(";")[0].strip());
        }
        return packages;
    }

    /** Packages of every type a class file mentions: supertypes, members, instructions, annotations, signatures. */
    private static Set<String> referencedPackages(byte[] classFile) {
        Set<String> packages = new TreeSet<>();
        Remapper recorder = new Remapper() {
            @Override
            public String map(String internalName) {
                packages.add(packageOf(internalName.replace('/', '.')));
                return internalName;
            }
        };
        // The remapper only walks members whose visitor is not null, so hand it empty ones.
        ClassVisitor walkEverything = new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) { };
            }

            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                return new FieldVisitor(Opcodes.ASM9) { };
            }
        };
        new ClassReader(classFile).accept(new ClassRemapper(walkEverything, recorder), 0);
        return packages;
    }

    private static String packageOf(String className) {
        return className.contains(".") ? className.substring(0, className.lastIndexOf('.')) : "";
    }
}
