package dev.optout.pack;

import java.util.List;
import java.util.Optional;

/**
 * What a pack may refer to beyond its own file: the libraries named in its {@code uses} and the packs named by its
 * {@code include} steps. {@link PackRepository} is the real one.
 */
public interface PackResolver {

    /** Knows no library and no pack: a pack that uses or includes anything fails to load. */
    PackResolver NONE = new PackResolver() {
        public Optional<Library> library(String name) {
            return Optional.empty();
        }

        public List<String> libraryNames() {
            return List.of();
        }

        public Optional<Pack> include(String id) {
            return Optional.empty();
        }

        public List<String> includableIds() {
            return List.of();
        }
    };

    /**
     * A library by name, or empty when there is none.
     *
     * @throws InvalidPackException when the library's file is broken; the errors name that file
     */
    Optional<Library> library(String name);

    /** The names of all libraries, sorted, for error messages. */
    List<String> libraryNames();

    /**
     * A pack by id with its own includes already expanded, or empty when there is none.
     *
     * @throws InvalidPackException  when that pack, or one it includes, is broken; the errors name those files
     * @throws IncludeCycleException when that pack is being loaded already, further up the chain of includes
     */
    Optional<Pack> include(String id);

    /** The ids of all packs, sorted, for error messages. */
    List<String> includableIds();
}
