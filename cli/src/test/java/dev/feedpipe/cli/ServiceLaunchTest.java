package dev.feedpipe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedpipe.config.Service;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link Service} names each main class as text (common cannot see the services): here they are checked. */
class ServiceLaunchTest {

    @ParameterizedTest
    @EnumSource(Service.class)
    void eachServiceIsLaunchedByAMainOfItsOwnModule(Service service) throws Exception {
        Class<?> main = Class.forName(service.mainClass());
        Method method = main.getMethod("main", String[].class);
        assertThat(Modifier.isStatic(method.getModifiers())).isTrue();
        String builtIn =
                main.getProtectionDomain().getCodeSource().getLocation().getPath();
        assertThat(builtIn.contains("/" + service.module() + "/target/")
                        || builtIn.contains("/feedpipe-" + service.module()))
                .as(main.getName() + " is built in " + builtIn + ", not by " + service.module())
                .isTrue();
    }
}
