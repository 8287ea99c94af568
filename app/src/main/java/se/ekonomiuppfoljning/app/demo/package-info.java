@NullMarked
package se.ekonomiuppfoljning.app.demo;

import org.jspecify.annotations.NullMarked;
