package dev.storybrief.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.255.0.9", "10.1.2.3", "172.16.0.1", "172.31.255.254", "192.168.1.1",
        "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1",
        "fd12:3456::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a00:1", "::7f00:1"})
    void internalAddressesAreRecognised(String address) throws Exception {
        assertThat(AddressGuard.isInternal(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "2001:4860::8888",
        "64:ff9b::808:808"})
    void publicAddressesAreNot(String address) throws Exception {
        assertThat(AddressGuard.isInternal(InetAddress.getByName(address))).isFalse();
    }

    @Test
    void loopbackNamesAndAddressesAreRefusedUnlessAllowed() throws Exception {
        AddressGuard guard = new AddressGuard(false);
        for (String url : new String[]{"http://127.0.0.1:8080/x", "http://localhost/", "http://[::1]/", "http://10.0.0.5/"}) {
            assertThatThrownBy(() -> guard.check(URI.create(url))).isInstanceOf(FetchException.class)
                    .satisfies(e -> assertThat(((FetchException) e).failure()).isEqualTo(FetchFailure.FORBIDDEN_ADDRESS));
        }
        new AddressGuard(true).check(URI.create("http://127.0.0.1:8080/x"));
    }

    @Test
    void onlyHttpAndHttpsWithAHostAndNoPasswordAreFetched() {
        AddressGuard guard = new AddressGuard(true);
        for (String url : new String[]{"ftp://example.org/a", "file:///etc/passwd", "gopher://x/", "http:///path",
            "http://user:secret@127.0.0.1/"}) {
            assertThatThrownBy(() -> guard.check(URI.create(url))).isInstanceOf(FetchException.class)
                    .satisfies(e -> assertThat(((FetchException) e).failure()).isEqualTo(FetchFailure.BAD_URL));
        }
    }
}
