package se.platskompassen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import se.platskompassen.demo.DemoAccounts;

/** A fresh production start: the first network admin comes from the environment, and no default password exists. */
@ActiveProfiles("test")
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:bootstrap;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
        "platskompassen.demo.enabled=false",
        "platskompassen.bootstrap.admin-username=  Kim.Admin ",
        "platskompassen.bootstrap.admin-password=a long and private passphrase"})
class BootstrapAdminTest {

    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired PasswordEncoder passwords;

    @Test
    void the_bootstrap_variables_give_one_working_network_admin_and_nothing_else() {
        List<String> accounts = jdbc.sql("SELECT username || ':' || role FROM staff_member").query(String.class).list();
        assertThat(accounts).containsExactly("kim.admin:NETWORK_ADMIN");

        UserDetails admin = users.loadUserByUsername("KIM.ADMIN");
        assertThat(passwords.matches("a long and private passphrase", admin.getPassword())).isTrue();
        assertThat(admin.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_NETWORK_ADMIN");
        assertThat(admin.getPassword()).doesNotContain("passphrase").startsWith("{bcrypt}");
    }

    @Test
    void no_demo_account_or_demo_password_exists_outside_demo_mode() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM organisation").query(Long.class).single()).isZero();
        for (DemoAccounts.Account account : DemoAccounts.ALL) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM staff_member WHERE username = :u").param("u", account.username())
                    .query(Long.class).single()).isZero();
        }
        for (String hash : jdbc.sql("SELECT password_hash FROM staff_member").query(String.class).list()) {
            assertThat(passwords.matches(DemoAccounts.PASSWORD, hash)).isFalse();
        }
    }
}
